#include "tokens/Sentences.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace attnviz {
namespace {

constexpr std::array<std::string_view, 5> kSentenceEnds = {".", "?", "!", "…", "..."};
// Not "no": "No. It is not." is far more often typed than "No. 5".
constexpr std::array<std::string_view, 11> kAbbreviations = {"mr", "mrs", "ms", "dr", "st", "prof",
                                                             "jr", "sr", "vs", "etc", "mt"};

bool is_abbreviation(std::string_view word) {
  const bool initial = word.size() == 1 && std::isalpha(static_cast<unsigned char>(word.front()));
  return initial || std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end();
}

// Token i ends a sentence: it is an end mark, the next token is not one, and
// it is not the period of an abbreviation.
bool sentence_ends_at(const std::vector<Token>& tokens, size_t i) {
  if (!ends_sentence(tokens[i].text) || i + 1 >= tokens.size() || ends_sentence(tokens[i + 1].text)) return false;
  const bool abbreviation_period = tokens[i].text == "." && i > 0 && is_abbreviation(tokens[i - 1].text);
  return !abbreviation_period;
}

}  // namespace

bool ends_sentence(std::string_view token) {
  return std::find(kSentenceEnds.begin(), kSentenceEnds.end(), token) != kSentenceEnds.end();
}

std::vector<std::vector<Token>> split_sentences(const std::vector<Token>& tokens) {
  std::vector<std::vector<Token>> sentences(1);
  for (size_t i = 0; i < tokens.size(); ++i) {
    sentences.back().push_back(tokens[i]);
    if (sentence_ends_at(tokens, i)) sentences.emplace_back();
  }
  return sentences;
}

}  // namespace attnviz
