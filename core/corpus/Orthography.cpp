#include "corpus/Orthography.h"

#include "corpus/Morphology.h"

#include <map>

namespace attnviz {
namespace {

const std::string* before_vowel(const Word& word) {
  static const std::map<std::string, std::string> kElided = {
      {"le", "l'"}, {"la", "l'"}, {"je", "j'"}, {"me", "m'"}, {"ne", "n'"}, {"de", "d'"}, {"que", "qu'"}};
  static const std::map<std::string, std::string> kDeterminers = {
      {"ma", "mon"}, {"sa", "son"}, {"ce", "cet"}};
  const auto& table = word.article && kDeterminers.contains(word.text) ? kDeterminers : kElided;
  const auto it = table.find(word.text);
  return it == table.end() ? nullptr : &it->second;
}

const char* contraction(const Word& preposition, const Word& article) {
  if (!article.article) return nullptr;
  static const std::map<std::pair<std::string, std::string>, const char*> kContractions = {
      {{"à", "le"}, "au"}, {{"à", "les"}, "aux"}, {{"de", "le"}, "du"}, {{"de", "les"}, "des"}};
  const auto it = kContractions.find({preposition.text, article.text});
  return it == kContractions.end() ? nullptr : it->second;
}

void elide(std::vector<Word>& target) {
  for (size_t i = 0; i + 1 < target.size(); ++i) {
    const std::string* elided = before_vowel(target[i]);
    if (elided && french_vowel_initial(target[i + 1].text)) target[i].text = *elided;
  }
}

void contract(std::vector<Word>& target) {
  for (size_t i = 0; i + 1 < target.size(); ++i) {
    const char* merged = contraction(target[i], target[i + 1]);
    if (!merged) continue;
    Word& article = target[i + 1];
    article.text = merged;
    article.tags.insert(article.tags.end(), target[i].tags.begin(), target[i].tags.end());
    target.erase(target.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

}  // namespace

void apply_french_orthography(std::vector<Word>& target) {
  elide(target);
  contract(target);
}

void apply_english_orthography(std::vector<Word>& source) {
  for (size_t i = 0; i + 1 < source.size(); ++i) {
    if (source[i].text == "a" && english_vowel_initial(source[i + 1].text)) source[i].text = "an";
  }
}

}  // namespace attnviz
