// detokenize() and join_tokens(), declared in Tokenizer.h.
#include "tokens/Clitics.h"
#include "tokens/Tokenizer.h"

#include <algorithm>
#include <array>

namespace attnviz {
namespace {

// Marks that close up to the word before them. "?", "!", ";" and ":" are
// not here: French puts a space before them.
constexpr std::array<std::string_view, 7> kNoSpaceBefore = {".", ",", ")", "]", "}", "…", "..."};
constexpr std::array<std::string_view, 5> kNoSpaceAfter = {"(", "[", "{", "¡", "¿"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view text) {
  return std::find(list.begin(), list.end(), text) != list.end();
}

bool space_between(std::string_view previous, std::string_view next) {
  return !is_french_elision(previous) && !contains(kNoSpaceAfter, previous) &&
         !contains(kNoSpaceBefore, next) && !is_english_clitic(next);
}

}  // namespace

std::string detokenize(const std::vector<std::string>& tokens) {
  std::string out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && space_between(tokens[i - 1], tokens[i])) out += ' ';
    out += tokens[i];
  }
  return out;
}

std::string join_tokens(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& token : tokens) {
    if (!out.empty()) out += ' ';
    out += token;
  }
  return out;
}

}  // namespace attnviz
