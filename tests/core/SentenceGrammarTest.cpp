// The grammar itself, before splitting: the same English always gets the
// same French (else no model could learn the corpus exactly), and what it
// reports about each sentence is true of the sentence.
#include "CorpusTestData.h"

#include "corpus/Rng.h"
#include "corpus/SentenceGrammar.h"

#include <gtest/gtest.h>

#include <map>

namespace attnviz {
namespace {

TEST(SentenceGrammar, anEnglishSentenceAlwaysGetsTheSameFrench) {
  Rng rng(21);
  SentenceGrammar grammar(Lexicon::english_french(), rng);
  std::map<std::string, std::string> french_of;
  int repeats = 0;
  for (int i = 0; i < 30000; ++i) {
    const SentencePair pair = grammar.sentence(SentenceStyle{}).pair;
    const auto [it, added] = french_of.emplace(test::joined(pair.source), test::joined(pair.target));
    if (added) continue;
    ++repeats;
    ASSERT_EQ(it->second, test::joined(pair.target)) << it->first;
  }
  EXPECT_GT(repeats, 500);  // short sentences recur, so the check has teeth
}

TEST(SentenceGrammar, reportedAdjectiveCombinationsAreInTheSentence) {
  Rng rng(22);
  SentenceGrammar grammar(Lexicon::english_french(), rng);
  int checked = 0;
  for (int i = 0; i < 500; ++i) {
    const GeneratedSentence sentence = grammar.sentence(SentenceStyle{});
    const std::string text = " " + test::joined(sentence.pair.source) + " ";
    for (const std::string& combination : sentence.combinations) {
      if (!combination.starts_with("adj:")) continue;
      const size_t plus = combination.find('+');
      EXPECT_NE(text.find(" " + combination.substr(4, plus - 4) + " "), std::string::npos) << combination << text;
      ++checked;
    }
  }
  EXPECT_GT(checked, 100);
}

TEST(SentenceGrammar, longStyleMakesLongerSentences) {
  Rng rng(23);
  SentenceGrammar grammar(Lexicon::english_french(), rng);
  size_t plain = 0, elaborate = 0;
  for (int i = 0; i < 300; ++i) plain += grammar.sentence(SentenceStyle{}).pair.source.size();
  for (int i = 0; i < 300; ++i) elaborate += grammar.sentence(SentenceStyle{1.0, 0.7, 0.35}).pair.source.size();
  EXPECT_GT(elaborate, 2 * plain);
}

}  // namespace
}  // namespace attnviz
