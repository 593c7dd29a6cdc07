// The corpus as a whole: determinism, splits, lengths, vocabulary, and that
// its text survives the tokenizer unchanged.
#include "CorpusTestData.h"

#include "corpus/Corpus.h"
#include "corpus/Morphology.h"
#include "tokens/Tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

namespace attnviz {
namespace {

using test::small_corpus;
using test::small_corpus_options;

CorpusOptions tiny_options(std::uint64_t seed) {
  CorpusOptions options;
  options.seed = seed;
  options.train = 200;
  options.valid = options.test = options.long_test = options.novel = 20;
  return options;
}

bool same_pairs(const std::vector<SentencePair>& a, const std::vector<SentencePair>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].source != b[i].source || a[i].target != b[i].target || a[i].gold.sure != b[i].gold.sure ||
        a[i].gold.possible != b[i].gold.possible) {
      return false;
    }
  }
  return true;
}

std::set<std::string> sources_of(const std::vector<SentencePair>& pairs) {
  std::set<std::string> sources;
  for (const SentencePair& pair : pairs) sources.insert(test::joined(pair.source));
  return sources;
}

TEST(Corpus, sameSeedGivesTheSameCorpus) {
  const Corpus first = generate_corpus(tiny_options(5)), second = generate_corpus(tiny_options(5));
  for (std::string_view name : kSplitNames) EXPECT_TRUE(same_pairs(first.split(name), second.split(name))) << name;
}

TEST(Corpus, differentSeedsGiveDifferentCorpora) {
  EXPECT_FALSE(same_pairs(generate_corpus(tiny_options(5)).train, generate_corpus(tiny_options(6)).train));
}

TEST(Corpus, splitsHaveTheRequestedSizes) {
  const Corpus& corpus = small_corpus();
  const CorpusOptions options = small_corpus_options();
  EXPECT_EQ(corpus.train.size(), static_cast<size_t>(options.train));
  EXPECT_EQ(corpus.valid.size(), static_cast<size_t>(options.valid));
  EXPECT_EQ(corpus.test.size(), static_cast<size_t>(options.test));
  EXPECT_EQ(corpus.long_test.size(), static_cast<size_t>(options.long_test));
  EXPECT_EQ(corpus.longer_test.size(), static_cast<size_t>(options.longer_test));
  EXPECT_EQ(corpus.novel.size(), static_cast<size_t>(options.novel));
}

TEST(Corpus, noSentenceIsInTwoSplitsOrTwiceInOne) {
  std::set<std::string> all;
  size_t total = 0;
  for (std::string_view name : kSplitNames) {
    const auto& split = small_corpus().split(name);
    const std::set<std::string> sources = sources_of(split);
    EXPECT_EQ(sources.size(), split.size()) << name << " repeats a sentence";
    all.insert(sources.begin(), sources.end());
    total += split.size();
  }
  EXPECT_EQ(all.size(), total);
}

size_t shortest(const std::vector<SentencePair>& split) {
  size_t n = 1000;
  for (const SentencePair& pair : split) n = std::min(n, pair.source.size());
  return n;
}

size_t longest(const std::vector<SentencePair>& split) {
  size_t n = 0;
  for (const SentencePair& pair : split) n = std::max(n, pair.source.size());
  return n;
}

// long: 31-50 tokens, as long as the longest training sentences; longer:
// 51-80, beyond anything trained.
TEST(Corpus, longSplitsCoverTheirLengths) {
  const Corpus& corpus = small_corpus();
  const CorpusOptions options = small_corpus_options();
  EXPECT_EQ(shortest(corpus.long_test), static_cast<size_t>(options.min_long_length));
  EXPECT_EQ(longest(corpus.long_test), static_cast<size_t>(options.max_train_length));
  EXPECT_GT(shortest(corpus.longer_test), longest(corpus.train));
  EXPECT_LE(longest(corpus.longer_test), static_cast<size_t>(options.max_longer_length));
  EXPECT_LE(longest(corpus.train), static_cast<size_t>(options.max_train_length));
}

// "Enough of them that the models learn them": a tenth of train in the long
// style, spread through it.
TEST(Corpus, trainingHoldsLongSentencesThroughout) {
  const auto& train = small_corpus().train;
  const auto is_long = [](const SentencePair& p) { return p.source.size() >= 31; };
  const auto first_half = train.begin() + static_cast<long>(train.size() / 2);
  EXPECT_GT(std::count_if(train.begin(), first_half, is_long), small_corpus_options().train / 50);
  EXPECT_GT(std::count_if(first_half, train.end(), is_long), small_corpus_options().train / 50);
}

TEST(Corpus, everyLinkIndexesItsSentence) {
  for (std::string_view name : kSplitNames) {
    for (const SentencePair& pair : small_corpus().split(name)) {
      for (const auto* links : {&pair.gold.sure, &pair.gold.possible}) {
        for (const Link& link : *links) {
          ASSERT_GE(link.first, 0);
          ASSERT_LT(link.first, static_cast<int>(pair.source.size())) << test::joined(pair.source);
          ASSERT_GE(link.second, 0);
          ASSERT_LT(link.second, static_cast<int>(pair.target.size())) << test::joined(pair.target);
        }
      }
    }
  }
}

TEST(Corpus, noLinkIsBothSureAndPossible) {
  for (const SentencePair& pair : small_corpus().train) {
    for (const Link& link : pair.gold.possible) {
      ASSERT_EQ(std::count(pair.gold.sure.begin(), pair.gold.sure.end(), link), 0) << test::joined(pair.source);
    }
  }
}

TEST(Corpus, tokenizerGivesBackEveryGeneratedSentence) {
  const Tokenizer tokenizer;
  for (std::string_view name : kSplitNames) {
    for (const SentencePair& pair : small_corpus().split(name)) {
      for (const auto* side : {&pair.source, &pair.target}) {
        std::vector<std::string> texts;
        for (const Token& token : tokenizer.tokenize(join_tokens(*side))) texts.push_back(token.text);
        ASSERT_EQ(texts, *side);
      }
    }
  }
}

// The adjective-noun pairs written next to each other ("red car", not the
// "red kitchen" of "red kitchen table").
std::set<std::string> adjective_noun_combinations(const SentencePair& pair) {
  std::set<std::string> out;
  const auto& s = pair.source;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const Adjective* adjective = test::adjective_named(s[i]);
    const Noun* noun = test::noun_named(s[i + 1]);
    const bool compound = i + 2 < s.size() && test::noun_named(s[i + 2]);
    if (adjective && noun && !compound) out.insert("adj:" + adjective->english + "+" + noun->english);
  }
  return out;
}

TEST(Corpus, heldOutCombinationsAppearOnlyInTheNovelSplit) {
  for (std::string_view name : {"train", "valid", "test", "long"}) {
    for (const SentencePair& pair : small_corpus().split(name)) {
      for (const std::string& combination : adjective_noun_combinations(pair)) {
        ASSERT_FALSE(is_held_out(combination)) << combination << " in " << name << ": " << test::joined(pair.source);
      }
    }
  }
  int novel_adjectives = 0;
  for (const SentencePair& pair : small_corpus().novel) {
    for (const std::string& combination : adjective_noun_combinations(pair)) novel_adjectives += is_held_out(combination);
  }
  EXPECT_GT(novel_adjectives, 0);
}

TEST(Corpus, vocabulariesStaySmallEnoughForTheShippedModels) {
  std::set<std::string> english, french;
  for (std::string_view name : kSplitNames) {
    for (const SentencePair& pair : small_corpus().split(name)) {
      english.insert(pair.source.begin(), pair.source.end());
      french.insert(pair.target.begin(), pair.target.end());
    }
  }
  // Whatever the corpus size, the words come from the lexicon plus a few
  // dozen function words; bound both.
  EXPECT_LE(Lexicon::english_french().english_words().size() + 60, 1400u);
  EXPECT_LE(Lexicon::english_french().french_words().size() + 80, 2500u);
  EXPECT_GT(english.size(), 500u);
  EXPECT_LE(english.size(), 1400u);
  EXPECT_LE(french.size(), 2500u);
}

TEST(Corpus, phenomenaAreCountedForTheTrainingSplit) {
  const auto& counts = small_corpus().train_phenomena;
  for (const char* phenomenon :
       {"adjective after noun", "adjective before noun", "elision", "negation", "passé composé",
        "passé composé with être", "object pronoun before the verb", "contraction", "partitive article",
        "possessive 's", "noun compound", "adverb after the French verb", "relative clause", "coordination",
        "yes/no question", "wh-question", "question about the subject", "imperative", "fronted word and comma",
        "list of three or more", "comma between clauses", "been", "contracted negation", "no final punctuation"}) {
    ASSERT_TRUE(counts.contains(phenomenon)) << phenomenon;
    EXPECT_GT(counts.at(phenomenon), small_corpus_options().train / 200) << phenomenon << " is rarer than 0.5%";
  }
}

TEST(Corpus, badOptionsAreRejectedWithTheReason) {
  CorpusOptions options = tiny_options(1);
  options.max_longer_length = options.max_train_length;
  EXPECT_THAT([&] { generate_corpus(options); },
              ::testing::ThrowsMessage<std::invalid_argument>(::testing::HasSubstr("max longer length")));
  options = tiny_options(1);
  options.long_share = 1.5;
  EXPECT_THAT([&] { generate_corpus(options); },
              ::testing::ThrowsMessage<std::invalid_argument>(::testing::HasSubstr("long share")));
  options = tiny_options(1);
  options.valid = -1;
  EXPECT_THAT([&] { generate_corpus(options); },
              ::testing::ThrowsMessage<std::invalid_argument>(::testing::HasSubstr("-1")));
}

TEST(Corpus, splitNamesAreCheckedWithTheChoicesInTheMessage) {
  EXPECT_THAT([] { small_corpus().split("dev"); },
              ::testing::ThrowsMessage<std::invalid_argument>(::testing::HasSubstr("'dev'")));
}

}  // namespace
}  // namespace attnviz
