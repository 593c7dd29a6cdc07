// The lexicon's size and its French morphology: genders, plurals,
// agreement, the bel/vieil/nouvel forms and participle agreement.
#include "corpus/Lexicon.h"
#include "corpus/Morphology.h"

#include <gtest/gtest.h>

#include <set>

namespace attnviz {
namespace {

const Lexicon& lexicon() { return Lexicon::english_french(); }

const Noun& noun(const std::string& english) {
  for (const Noun& n : lexicon().nouns) {
    if (n.english == english) return n;
  }
  throw std::out_of_range(english);
}

const Adjective& adjective(const std::string& english) {
  for (const Adjective& a : lexicon().adjectives) {
    if (a.english == english) return a;
  }
  throw std::out_of_range(english);
}

const Verb& verb(const std::string& base) {
  for (const Verb& v : lexicon().verbs) {
    if (v.base == base) return v;
  }
  throw std::out_of_range(base);
}

constexpr Agreement kMasculine{Gender::Masculine, false, 2}, kFeminine{Gender::Feminine, false, 2},
    kMasculinePlural{Gender::Masculine, true, 5}, kFemininePlural{Gender::Feminine, true, 5};

TEST(Lexicon, hasAtLeastFiveHundredEnglishWordTypes) {
  EXPECT_GE(lexicon().english_words().size(), 500u);
}

TEST(Lexicon, everyEnglishNounHasOneFrenchTranslation) {
  std::set<std::string> english;
  for (const Noun& n : lexicon().nouns) EXPECT_TRUE(english.insert(n.english).second) << n.english << " twice";
}

TEST(Lexicon, hasNumbersOneToTwenty) {
  ASSERT_EQ(lexicon().numbers.size(), 20u);
  EXPECT_EQ(lexicon().numbers.front().french[1], "une");
  EXPECT_EQ(lexicon().numbers[16].french[0], "dix-sept");
  EXPECT_EQ(lexicon().numbers.back().english, "twenty");
}

TEST(Lexicon, nounsHaveGenderAndIrregularPlurals) {
  EXPECT_EQ(noun("car").gender, Gender::Feminine);
  EXPECT_EQ(noun("eye").french_plural, "yeux");
  EXPECT_EQ(noun("horse").french_plural, "chevaux");
  EXPECT_EQ(noun("cake").french_plural, "gâteaux");
  EXPECT_EQ(noun("mouse").english_plural, "mice");
  EXPECT_EQ(noun("mouse").french_plural, "souris");
  EXPECT_EQ(noun("city").english_plural, "cities");
  EXPECT_TRUE(noun("bread").mass());
}

TEST(Lexicon, adjectivesAgreeInGenderAndNumber) {
  EXPECT_EQ(adjective("white").form(kFeminine, false), "blanche");
  EXPECT_EQ(adjective("white").form(kFemininePlural, false), "blanches");
  EXPECT_EQ(adjective("happy").form(kMasculinePlural, false), "heureux");
  EXPECT_EQ(adjective("red").form(kMasculinePlural, false), "rouges");
  EXPECT_EQ(adjective("blue").form(kMasculinePlural, false), "bleus");
}

TEST(Lexicon, someAdjectivesHaveAFormBeforeAVowel) {
  EXPECT_EQ(adjective("beautiful").form(kMasculine, true), "bel");
  EXPECT_EQ(adjective("beautiful").form(kMasculine, false), "beau");
  EXPECT_EQ(adjective("beautiful").form(kFeminine, true), "belle");
  EXPECT_EQ(adjective("old").form(kMasculine, true), "vieil");
  EXPECT_EQ(adjective("old").form(kMasculinePlural, true), "vieux");
  EXPECT_EQ(adjective("new").form(kMasculine, true), "nouvel");
}

TEST(Lexicon, bothAdjectivePositionsArePresent) {
  int before = 0;
  for (const Adjective& a : lexicon().adjectives) before += a.before_noun;
  EXPECT_GE(before, 8);
  EXPECT_GE(static_cast<int>(lexicon().adjectives.size()) - before, 30);
  EXPECT_TRUE(adjective("small").before_noun);
  EXPECT_FALSE(adjective("red").before_noun);
}

TEST(Lexicon, verbsAreConjugatedForAllPersons) {
  const std::array<std::string, 6> expected = {"vais", "vas", "va", "allons", "allez", "vont"};
  EXPECT_EQ(verb("go").present, expected);
  EXPECT_EQ(verb("eat").present[3], "mangeons");
  EXPECT_EQ(lexicon().be.present[4], "êtes");
  EXPECT_EQ(lexicon().have.present[5], "ont");
}

TEST(Lexicon, participlesAgree) {
  EXPECT_TRUE(verb("go").etre);
  EXPECT_FALSE(verb("eat").etre);
  EXPECT_EQ(verb("go").participle_form(kFeminine), "allée");
  EXPECT_EQ(verb("go").participle_form(kFemininePlural), "allées");
  EXPECT_EQ(verb("take").participle_form(kMasculinePlural), "pris");
  EXPECT_EQ(verb("write").participle_form(kFeminine), "écrite");
}

TEST(Morphology, regularPlurals) {
  EXPECT_EQ(english_plural("box"), "boxes");
  EXPECT_EQ(english_plural("boy"), "boys");
  EXPECT_EQ(english_plural("baby"), "babies");
  EXPECT_EQ(french_plural("journal"), "journaux");
  EXPECT_EQ(french_plural("jeu"), "jeux");
  EXPECT_EQ(french_plural("nez"), "nez");
  EXPECT_EQ(french_feminine("grand"), "grande");
  EXPECT_EQ(french_feminine("rouge"), "rouge");
}

TEST(Morphology, vowelSoundsForElisionAndAn) {
  EXPECT_TRUE(french_vowel_initial("homme"));
  EXPECT_TRUE(french_vowel_initial("école"));
  EXPECT_TRUE(french_vowel_initial("œuf"));
  EXPECT_FALSE(french_vowel_initial("voiture"));
  EXPECT_FALSE(french_vowel_initial("huit"));
  EXPECT_TRUE(english_vowel_initial("apple"));
  EXPECT_FALSE(english_vowel_initial("car"));
}

}  // namespace
}  // namespace attnviz
