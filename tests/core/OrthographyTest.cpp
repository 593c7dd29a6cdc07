// Elision and contraction on assembled sentences, and the links a
// contraction keeps; Phrase's links from shared meanings.
#include "corpus/Orthography.h"
#include "corpus/Phrase.h"

#include <gtest/gtest.h>

namespace attnviz {
namespace {

Word word(const char* text, std::vector<Tag> tags = {}, bool article = false) { return {text, std::move(tags), article}; }

std::vector<std::string> texts(const std::vector<Word>& words) {
  std::vector<std::string> out;
  for (const Word& w : words) out.push_back(w.text);
  return out;
}

TEST(Phrase, sharedMeaningsBecomeLinksInEachLanguagesOrder) {
  const Phrase red_car{{word("the", {{1}}), word("red", {{2}}), word("car", {{3}})},
                       {word("la", {{1}}, true), word("voiture", {{3}}), word("rouge", {{2}})}};
  const SentencePair pair = to_sentence_pair(red_car);
  EXPECT_EQ(pair.source, (std::vector<std::string>{"the", "red", "car"}));
  EXPECT_EQ(pair.target, (std::vector<std::string>{"la", "voiture", "rouge"}));
  EXPECT_EQ(pair.gold.sure, (std::vector<Link>{{0, 0}, {1, 2}, {2, 1}}));
  EXPECT_TRUE(pair.gold.possible.empty());
}

TEST(Phrase, aPossibleTagGivesAPossibleLinkAndNoTagNoLink) {
  const Phrase phrase{{word("does", {{1}}), word("eat", {{2}})},
                      {word("du"), word("mange", {{2}, {1, false}})}};
  const SentencePair pair = to_sentence_pair(phrase);
  EXPECT_EQ(pair.gold.sure, (std::vector<Link>{{1, 1}}));
  EXPECT_EQ(pair.gold.possible, (std::vector<Link>{{0, 1}}));
}

TEST(Orthography, elidesBeforeVowelsOnly) {
  std::vector<Word> target = {word("le", {}, true), word("homme"), word("que"), word("elle"), word("ne"),
                              word("aime"), word("pas"), word("le", {}, true), word("vélo")};
  apply_french_orthography(target);
  EXPECT_EQ(texts(target), (std::vector<std::string>{"l'", "homme", "qu'", "elle", "n'", "aime", "pas", "le", "vélo"}));
}

TEST(Orthography, possessiveAndDemonstrativeTakeTheirVowelForms) {
  std::vector<Word> target = {word("ma", {}, true), word("école"), word("ce", {}, true), word("arbre"),
                              word("cette", {}, true), word("école")};
  apply_french_orthography(target);
  EXPECT_EQ(texts(target), (std::vector<std::string>{"mon", "école", "cet", "arbre", "cette", "école"}));
}

TEST(Orthography, contractionsMergeTheLinksOfBothWords) {
  std::vector<Word> target = {word("à", {{1}}), word("le", {{2}}, true), word("marché", {{3}})};
  apply_french_orthography(target);
  ASSERT_EQ(texts(target), (std::vector<std::string>{"au", "marché"}));
  EXPECT_EQ(target[0].tags.size(), 2u);
  const Phrase phrase{{word("to", {{1}}), word("the", {{2}}), word("market", {{3}})}, target};
  EXPECT_EQ(to_sentence_pair(phrase).gold.sure, (std::vector<Link>{{0, 0}, {1, 0}, {2, 1}}));
}

TEST(Orthography, elisionComesBeforeContraction) {
  std::vector<Word> target = {word("de"), word("le", {}, true), word("hôtel"), word("à"), word("les", {}, true),
                              word("enfants")};
  apply_french_orthography(target);
  EXPECT_EQ(texts(target), (std::vector<std::string>{"de", "l'", "hôtel", "aux", "enfants"}));
}

TEST(Orthography, anObjectPronounLeIsNotContracted) {
  std::vector<Word> target = {word("de"), word("le"), word("voir")};
  apply_french_orthography(target);
  EXPECT_EQ(texts(target), (std::vector<std::string>{"de", "le", "voir"}));
}

TEST(Orthography, englishTakesAnBeforeAVowel) {
  std::vector<Word> source = {word("a"), word("apple"), word("and"), word("a"), word("car")};
  apply_english_orthography(source);
  EXPECT_EQ(texts(source), (std::vector<std::string>{"an", "apple", "and", "a", "car"}));
}

}  // namespace
}  // namespace attnviz
