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

}  // namespace

Vocabulary::Vocabulary(std::vector<std::string> tokens) : tokens_(std::move(tokens)) {
  check_specials(tokens_);
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
