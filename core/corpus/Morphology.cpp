#include "corpus/Morphology.h"

#include <array>

namespace attnviz {
namespace {

bool is_english_vowel(char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; }

}  // namespace

std::string english_plural(std::string_view singular) {
  const std::string word(singular);
  if (word.ends_with("s") || word.ends_with("x") || word.ends_with("ch") || word.ends_with("sh")) {
    return word + "es";
  }
  if (word.size() > 1 && word.back() == 'y' && !is_english_vowel(word[word.size() - 2])) {
    return word.substr(0, word.size() - 1) + "ies";
  }
  return word + "s";
}

std::string french_plural(std::string_view singular) {
  const std::string word(singular);
  if (word.ends_with("s") || word.ends_with("x") || word.ends_with("z")) return word;
  if (word.ends_with("eau") || word.ends_with("eu")) return word + "x";
  if (word.ends_with("al")) return word.substr(0, word.size() - 1) + "ux";
  return word + "s";
}

std::string french_feminine(std::string_view masculine) {
  const std::string word(masculine);
  return word.ends_with("e") ? word : word + "e";
}

std::pair<std::string, std::string> singular_plural(std::string_view spec,
                                                    std::string (*rule)(std::string_view)) {
  const size_t space = spec.find(' ');
  if (space == std::string_view::npos) return {std::string(spec), rule(spec)};
  return {std::string(spec.substr(0, space)), std::string(spec.substr(space + 1))};
}

bool french_vowel_initial(std::string_view word) {
  if (word.starts_with("huit") || word.starts_with("onze")) return false;  // "le onze", "de huit"
  static constexpr std::array<std::string_view, 16> kStarts = {
      "a", "e", "i", "o", "u", "h", "é", "è", "ê", "à", "â", "î", "ï", "ô", "û", "œ"};
  for (std::string_view start : kStarts) {
    if (word.starts_with(start)) return true;
  }
  return false;
}

bool english_vowel_initial(std::string_view word) { return !word.empty() && is_english_vowel(word[0]); }

}  // namespace attnviz
