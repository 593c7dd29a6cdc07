// A typed text of several sentences is split, decoded sentence by sentence
// and joined into one block-diagonal alignment (tokens/Sentences.h,
// decoding/EachSentence.h, alignment/JoinedSentences.h).
#include "ModelFileTestData.h"

#include "alignment/EndOfSentence.h"
#include "model/Seq2SeqModel.h"
#include "tokens/Sentences.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace attnviz::test {
namespace {

std::vector<std::string> sentence_texts(std::string_view text) {
  std::vector<std::string> out;
  for (const std::vector<Token>& sentence : split_sentences(Tokenizer().tokenize(text))) {
    std::vector<std::string> words;
    for (const Token& token : sentence) words.push_back(token.text);
    out.push_back(join_tokens(words));
  }
  return out;
}

TEST(SplitSentences, cutsAfterEachFinalMarkFollowedByText) {
  EXPECT_EQ(sentence_texts("Does the dog sleep? Yes, the dog sleeps."),
            (std::vector<std::string>{"does the dog sleep ?", "yes , the dog sleeps ."}));
  EXPECT_EQ(sentence_texts("Stop! Eat the bread… The cat sleeps"),
            (std::vector<std::string>{"stop !", "eat the bread …", "the cat sleeps"}));
}

TEST(SplitSentences, keepsARunOfMarksWithItsSentence) {
  EXPECT_EQ(sentence_texts("Really?! Yes."), (std::vector<std::string>{"really ? !", "yes ."}));
  EXPECT_EQ(sentence_texts("The dog sleeps... Yes"), (std::vector<std::string>{"the dog sleeps . . .", "yes"}));
}

TEST(SplitSentences, aTextWithoutAFinalMarkIsOneSentence) {
  EXPECT_EQ(sentence_texts("the red car"), (std::vector<std::string>{"the red car"}));
  EXPECT_EQ(split_sentences({}).size(), 1u);
}

TEST(SplitSentences, abbreviationsAndInitialsDoNotEndASentence) {
  EXPECT_EQ(sentence_texts("Mr. Smith and J. Doe sleep. No. It is 3.14 m"),
            (std::vector<std::string>{"mr . smith and j . doe sleep .", "no .", "it is 3.14 m"}));
}

TEST(Detokenize, capitalisesEverySentenceOfAText) {
  EXPECT_EQ(detokenize({"est-ce", "que", "le", "chien", "dort", "?", "oui", ",", "il", "dort", "."}),
            "Est-ce que le chien dort ? Oui, il dort.");
  EXPECT_EQ(detokenize({"non", "?", "!", "«", "école", "."}, kPlainStyle), "Non?! « École.");
  EXPECT_EQ(detokenize({"oui", ".", "il", "dort"}, kLowercaseStyle), "oui. il dort");
}

class TextOfSentences : public ::testing::Test {
 protected:
  Seq2SeqModel model_{tiny_model(), ModelInfo{}};
};

// Each sentence's block of rows attends only to its own columns, and is
// what translating that sentence alone gives.
TEST_F(TextOfSentences, eachSentenceIsTranslatedAloneAndPlacedOnTheDiagonal) {
  const Alignment first = model_.translate("the red car .", {});
  const Alignment second = model_.translate("the car", {});
  const Alignment both = model_.translate("the red car . the car", {});
  ASSERT_EQ(both.rows(), first.rows() + second.rows());
  ASSERT_EQ(both.cols(), first.cols() + second.cols());
  const RowMatrix& weights = both.primary().weights;
  EXPECT_TRUE(weights.topLeftCorner(first.rows(), first.cols()).isApprox(first.primary().weights));
  EXPECT_TRUE(weights.bottomRightCorner(second.rows(), second.cols()).isApprox(second.primary().weights));
  EXPECT_EQ(weights.topRightCorner(first.rows(), second.cols()).cwiseAbs().maxCoeff(), 0.0f);
  EXPECT_EQ(weights.bottomLeftCorner(second.rows(), first.cols()).cwiseAbs().maxCoeff(), 0.0f);
  for (Eigen::Index row = 0; row < both.rows(); ++row) EXPECT_NEAR(weights.row(row).sum(), 1.0f, 1e-5f);
  EXPECT_NEAR(both.logprob, first.logprob + second.logprob, 1e-4);
  EXPECT_EQ(both.steps.size(), static_cast<size_t>(both.rows()));
  EXPECT_EQ(std::count(both.source_tokens.begin(), both.source_tokens.end(), "</s>"), 2);
}

// A local model's windows move with their sentence's block: each row keeps
// its p_t, counted from the joined first column, and its window stops at
// its own sentence's columns, where its weights are.
TEST(TextOfSentencesLocal, eachSentenceKeepsItsWindowsInItsOwnColumns) {
  const Seq2SeqModel model{tiny_model(ScoreFunction::Additive, 7, AttentionMechanism::LocalPredicted), ModelInfo{}};
  const Alignment first = model.translate("the red car .", {});
  const Alignment both = model.translate("the red car . the car", {});
  const AttentionMap& joined = both.primary();
  ASSERT_EQ(joined.window_centres.size(), static_cast<size_t>(both.rows()));
  const std::vector<WindowSpan> spans = window_spans(joined);
  ASSERT_EQ(spans.size(), static_cast<size_t>(both.rows()));
  const int split = static_cast<int>(first.cols());
  for (Eigen::Index row = 0; row < both.rows(); ++row) {
    const bool first_sentence = row < first.rows();
    const WindowSpan& span = spans[static_cast<size_t>(row)];
    EXPECT_EQ(span.first >= split, !first_sentence) << "row " << row;
    EXPECT_EQ(span.last >= split, !first_sentence) << "row " << row;
    for (int col = 0; col < both.cols(); ++col) {
      if (col < span.first || col > span.last) {
        EXPECT_EQ(joined.weights(row, col), 0.0f) << row << ", " << col;
      }
    }
    if (first_sentence) {
      EXPECT_EQ(joined.window_centres[static_cast<size_t>(row)], first.primary().window_centres[static_cast<size_t>(row)]);
    }
  }
}

// Hiding </s> moves the second sentence's windows with its columns: every
// row's weights still lie inside its window, in its own sentence.
TEST(TextOfSentencesLocal, hidingTheEndOfSentenceKeepsEachWindowOnItsWords) {
  const Seq2SeqModel model{tiny_model(ScoreFunction::Additive, 7, AttentionMechanism::LocalPredicted), ModelInfo{}};
  const Alignment first = model.translate("the red car .", {});
  const Alignment hidden = without_end_of_sentence_column(model.translate("the red car . the car", {}));
  const AttentionMap& map = hidden.primary();
  const std::vector<WindowSpan> spans = window_spans(map);
  ASSERT_EQ(spans.size(), static_cast<size_t>(hidden.rows()));
  const int split = static_cast<int>(first.cols()) - 1;  // the first sentence's words
  for (Eigen::Index row = 0; row < hidden.rows(); ++row) {
    const WindowSpan& span = spans[static_cast<size_t>(row)];
    EXPECT_EQ(span.first >= split, row >= first.rows()) << "row " << row;
    EXPECT_LT(span.last, hidden.cols()) << "row " << row;
    for (int col = 0; col < hidden.cols(); ++col) {
      if (col < span.first || col > span.last) {
        EXPECT_EQ(map.weights(row, col), 0.0f) << row << ", " << col;
      }
    }
  }
}

// Each sentence is written as its own translation, capital included, even
// when the model forgot the final mark of the one before.
TEST_F(TextOfSentences, theTranslationIsEachSentencesTranslationInTurn) {
  const Alignment both = model_.translate("the red car . the car", {});
  EXPECT_EQ(both.translation,
            model_.translate("the red car .", {}).translation + " " + model_.translate("the car", {}).translation);
  const std::vector<std::string> words = target_words(both);
  EXPECT_EQ(std::count(words.begin(), words.end(), "</s>"), 0);
}

TEST_F(TextOfSentences, rawScoresExistOnlyForASingleSentence) {
  EXPECT_EQ(model_.translate("the red car .", {}).primary().scores.size(),
            model_.translate("the red car .", {}).primary().weights.size());
  EXPECT_EQ(model_.translate("the red car . the car", {}).primary().scores.size(), 0);
}

TEST_F(TextOfSentences, forcingPairsSentencesWhenBothSidesHaveAsMany) {
  const Alignment paired = model_.force("the red car . the car", "la voiture rouge . la voiture", {});
  EXPECT_EQ(std::count(paired.target_tokens.begin(), paired.target_tokens.end(), "</s>"), 2);
  const Alignment whole = model_.force("the red car . the car", "la voiture rouge et la voiture", {});
  EXPECT_EQ(std::count(whole.target_tokens.begin(), whole.target_tokens.end(), "</s>"), 1);
  EXPECT_EQ(whole.cols(), 7);  // one source of six words and </s>
}

TEST_F(TextOfSentences, hidingTheEndOfSentenceDropsEverySentencesColumn) {
  const Alignment hidden = without_end_of_sentence_column(model_.translate("the red car . the car", {}));
  EXPECT_EQ(std::count(hidden.source_tokens.begin(), hidden.source_tokens.end(), "</s>"), 0);
  EXPECT_EQ(hidden.cols(), 6);
  EXPECT_EQ(hidden.primary().weights.cols(), 6);
}

TEST_F(TextOfSentences, theWordLimitCountsTheWholeText) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "the red car . ";
  const Alignment a = model_.translate(text, {});
  EXPECT_EQ(a.source_tokens_dropped, 400 - kMaxSourceTokens);
  EXPECT_EQ(without_end_of_sentence_column(a).cols(), kMaxSourceTokens);
}

}  // namespace
}  // namespace attnviz::test
