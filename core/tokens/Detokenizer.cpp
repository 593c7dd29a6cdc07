// detokenize() and join_tokens(), declared in Tokenizer.h.
#include "tokens/CaseFolding.h"
#include "tokens/CharacterClass.h"
#include "tokens/Clitics.h"
#include "tokens/Sentences.h"
#include "tokens/Tokenizer.h"
#include "tokens/Utf8.h"

#include <algorithm>
#include <array>

namespace attnviz {
namespace {

// Marks that close up to the word before them. "?", "!", ";" and ":" are
// not here: French puts a space before them (kHighPunctuation).
constexpr std::array<std::string_view, 7> kNoSpaceBefore = {".", ",", ")", "]", "}", "…", "..."};
constexpr std::array<std::string_view, 4> kHighPunctuation = {"?", "!", ";", ":"};
constexpr std::array<std::string_view, 5> kNoSpaceAfter = {"(", "[", "{", "¡", "¿"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view text) {
  return std::find(list.begin(), list.end(), text) != list.end();
}

bool space_between(std::string_view previous, std::string_view next, DetokenizeStyle style) {
  return !is_french_elision(previous) && !contains(kNoSpaceAfter, previous) &&
         !contains(kNoSpaceBefore, next) && !is_english_clitic(next) &&
         (style.french_spacing || !contains(kHighPunctuation, next));
}

// Marks, spaces, apostrophes and hyphens that may come before the first
// letter ("« oui", "-il", "'s").
bool before_first_letter(char32_t cp) {
  return is_space(cp) || is_control(cp) || is_punctuation(cp) || is_apostrophe(cp) || cp == U'-' ||
         is_combining_mark(cp);
}

// Upper-cases the first letter of `text` from `at` on, in place; stops at
// the first character that is not a mark (a digit stays as it is) or at an
// ill-formed byte, which it leaves alone.
void capitalise_first_letter(std::string& text, size_t at) {
  while (at < text.size()) {
    const size_t length = utf8_sequence_length(text, at);
    if (length == 0) return;
    const char32_t cp = decode_utf8(std::string_view(text).substr(at, length)).front();
    if (before_first_letter(cp)) {
      at += length;
      continue;
    }
    const char32_t upper = to_upper(cp);
    if (upper != cp) {
      std::string capital;
      append_utf8(capital, upper);
      text.replace(at, length, capital);
    }
    return;
  }
}

}  // namespace

std::string detokenize(const std::vector<std::string>& tokens, DetokenizeStyle style) {
  std::string out;
  size_t sentence_start = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && ends_sentence(tokens[i - 1]) && !ends_sentence(tokens[i])) {
      if (style.capitalise) capitalise_first_letter(out, sentence_start);
      sentence_start = out.size();
    }
    if (i > 0 && space_between(tokens[i - 1], tokens[i], style)) out += ' ';
    out += tokens[i];
  }
  if (style.capitalise) capitalise_first_letter(out, sentence_start);
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
