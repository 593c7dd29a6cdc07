#include "evaluation/Evaluator.h"

#include "RedCarAlignment.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <stdexcept>
#include <utility>

namespace attnviz {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;
using ::testing::ThrowsMessage;

// A model whose outputs the test chooses: per source text, the tokens its
// translation emits and the alignment its forced decoding returns.
class ScriptedModel : public AttentionModel {
 public:
  void script(const std::string& source, std::vector<std::string> translation, Alignment forced) {
    translations_[source] = std::move(translation);
    forced_[source] = std::move(forced);
  }

  const ModelInfo& info() const override { return info_; }
  const Vocabulary& source_vocabulary() const override { return vocabulary_; }
  const Vocabulary& target_vocabulary() const override { return vocabulary_; }

  Alignment translate(std::string_view sentence, const DecodeOptions&) const override {
    Alignment a;
    a.target_tokens = translations_.at(std::string(sentence));
    a.target_tokens.push_back("</s>");
    return a;
  }

  Alignment force(std::string_view sentence, std::string_view, const DecodeOptions&) const override {
    return forced_.at(std::string(sentence));
  }

 private:
  ModelInfo info_;
  Vocabulary vocabulary_;
  std::map<std::string, std::vector<std::string>> translations_;
  std::map<std::string, Alignment> forced_;
};

// A forced alignment in which target word t looks only at source word
// columns[t], and the emitted </s> only at the source's </s>.
Alignment one_hot_alignment(std::vector<std::string> source, std::vector<std::string> target,
                            const std::vector<int>& columns) {
  Alignment a;
  a.source_tokens = std::move(source);
  a.source_tokens.push_back("</s>");
  a.target_tokens = std::move(target);
  a.target_tokens.push_back("</s>");
  RowMatrix weights = RowMatrix::Zero(a.rows(), a.cols());
  for (size_t t = 0; t < columns.size(); ++t) weights(static_cast<Eigen::Index>(t), columns[t]) = 1;
  weights(a.rows() - 1, a.cols() - 1) = 1;
  a.maps.push_back({"attention", weights, RowMatrix::Zero(a.rows(), a.cols())});
  return a;
}

SentencePair red_car_pair() {
  return {{"the", "red", "car"}, {"la", "voiture", "rouge"}, parse_pharaoh("0-0 2-1 1-2")};
}

SentencePair book_pair() {
  return {{"she", "often", "reads", "a", "book"},
          {"elle", "lit", "souvent", "un", "livre"},
          parse_pharaoh("0-0 2-1 1-2 3-3 4-4")};
}

class EvaluatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Red car: translated exactly; forced attention as in RedCarAlignment.h,
    // hard links 0-0 2-1 1-2 (all gold).
    model_.script("the red car", {"la", "voiture", "rouge"}, test::red_car_alignment());
    // Book: "souvent" put at the end; forced attention one-hot with
    // "souvent" (target 2) on "reads" (source 2) instead of "often".
    model_.script("she often reads a book", {"elle", "lit", "un", "livre", "souvent"},
                  one_hot_alignment(book_pair().source, book_pair().target, {0, 2, 2, 3, 4}));
  }

  ScriptedModel model_;
};

TEST_F(EvaluatorTest, countsExactMatchesOverSentences) {
  EXPECT_DOUBLE_EQ(Evaluator(model_).evaluate({red_car_pair(), book_pair()}).exact_match, 0.5);
}

// Corpus statistics of "la voiture rouge" (exact) and "elle lit un livre
// souvent" against "elle lit souvent un livre":
//   1-grams 3/3 + 5/5, 2-grams 2/2 + 2/4, 3-grams 1/1 + 0/3, 4-grams 0/0 + 0/2
//   p = 8/8, 4/6, 1/4, and 0/2 -> 100 / (2 * 2); lengths 8 and 8, BP = 1.
//   BLEU = (100 * 66.667 * 25 * 25)^(1/4) = 45.1801
TEST_F(EvaluatorTest, computesCorpusBleuOfDetokenizedText) {
  EXPECT_NEAR(Evaluator(model_).evaluate({red_car_pair(), book_pair()}).bleu, 45.18010, 1e-4);
}

// Red car: |A| = 3, |S| = 3, all hit. Book: A = 0-0 2-1 2-2 3-3 4-4, four
// of them sure. Corpus: 1 - (7 + 7) / (8 + 8) = 0.125.
TEST_F(EvaluatorTest, computesCorpusAerOfForcedHardAlignments) {
  EXPECT_DOUBLE_EQ(Evaluator(model_).evaluate({red_car_pair(), book_pair()}).aer, 0.125);
}

// Red car rows: 0.940448 + 1.168282 + 0.950271 + 0 (its </s> row); the six
// one-hot book rows add 0. Mean over 10 rows: 3.059001 / 10.
TEST_F(EvaluatorTest, averagesEntropyOverAllForcedRows) {
  const EvaluationResult r = Evaluator(model_).evaluate({red_car_pair(), book_pair()});
  EXPECT_NEAR(r.entropy, 0.3059001, 1e-6);
  EXPECT_EQ(r.sentences, 2);
}

TEST_F(EvaluatorTest, reportsProgressAfterEachPair) {
  std::vector<std::pair<size_t, size_t>> calls;
  Evaluator(model_).evaluate({red_car_pair(), book_pair()},
                             [&calls](size_t done, size_t total) { calls.emplace_back(done, total); });
  EXPECT_THAT(calls, ElementsAre(Pair(1, 2), Pair(2, 2)));
}

TEST_F(EvaluatorTest, givesZerosForNoPairs) {
  const EvaluationResult r = Evaluator(model_).evaluate({});
  EXPECT_EQ(r.sentences, 0);
  EXPECT_EQ(r.exact_match, 0.0);
  EXPECT_EQ(r.bleu, 0.0);
}

TEST_F(EvaluatorTest, rejectsAGoldLinkOutsideTheSentence) {
  SentencePair bad = red_car_pair();
  bad.gold = parse_pharaoh("0-0 3-1");
  EXPECT_THAT([&] { Evaluator(model_).evaluate({book_pair(), bad}); },
              ThrowsMessage<std::invalid_argument>(HasSubstr(
                  "sentence pair 2: gold link 3-1 is outside its 3 source and 3 target words")));
}

TEST_F(EvaluatorTest, rejectsAPairTheModelReadsAsOtherTokens) {
  model_.script("the red car", {"la"}, one_hot_alignment({"the", "red", "car"}, {"la"}, {0}));
  SentencePair pair = red_car_pair();
  pair.gold = parse_pharaoh("0-0");
  EXPECT_THAT([&] { Evaluator(model_).evaluate({pair}); },
              ThrowsMessage<std::invalid_argument>(
                  HasSubstr("the model read 3 source and 1 target tokens where the pair has 3 and 3")));
}

}  // namespace
}  // namespace attnviz
