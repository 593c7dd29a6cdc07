#include "tokens/Vocabulary.h"

#include <array>
#include <stdexcept>
#include <utility>

namespace attnviz {
namespace {

constexpr std::array<std::string_view, 4> kSpecials = {"<pad>", "<unk>", "<s>", "</s>"};

void check_specials(const std::vector<std::string>& tokens) {
  if (tokens.size() < kSpecials.size()) {
    throw std::invalid_argument("vocabulary has " + std::to_string(tokens.size()) +
                                " tokens; it needs at least the 4 specials <pad> <unk> <s> </s>");
  }
  for (size_t id = 0; id < kSpecials.size(); ++id) {
    if (tokens[id] != kSpecials[id]) {
      throw std::invalid_argument("vocabulary id " + std::to_string(id) + " is '" + tokens[id] +
                                  "', expected '" + std::string(kSpecials[id]) + "'");
    }
  }
}

// MODEL_SPEC.md: no empty token (it could never be typed, and would label
// a row with nothing) and none over 1,024 bytes (no word is that long; a
// label that is would be a file built to hurt).
void check_lengths(const std::vector<std::string>& tokens) {
  for (size_t id = 0; id < tokens.size(); ++id) {
    if (tokens[id].empty()) throw std::invalid_argument("vocabulary token " + std::to_string(id) + " is empty");
    if (tokens[id].size() > Vocabulary::kMaxTokenBytes)
      throw std::invalid_argument("vocabulary token " + std::to_string(id) + " has " +
                                  std::to_string(tokens[id].size()) + " bytes, more than the limit of 1,024");
  }
}

}  // namespace

Vocabulary::Vocabulary(std::vector<std::string> tokens) : tokens_(std::move(tokens)) {
  check_specials(tokens_);
  check_lengths(tokens_);
  ids_.reserve(tokens_.size());
  for (int id = 0; id < size(); ++id) {
    const auto [it, inserted] = ids_.emplace(tokens_[static_cast<size_t>(id)], id);
    if (!inserted) {
      throw std::invalid_argument("vocabulary has the token '" + it->first + "' twice, at ids " +
                                  std::to_string(it->second) + " and " + std::to_string(id));
    }
  }
}

int Vocabulary::id(std::string_view token) const {
  const auto it = ids_.find(std::string(token));
  return it == ids_.end() ? kUnk : it->second;
}

bool Vocabulary::contains(std::string_view token) const {
  return ids_.find(std::string(token)) != ids_.end();
}

}  // namespace attnviz
