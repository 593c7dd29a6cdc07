#include "alignment/EndOfSentence.h"

#include "RedCarAlignment.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace attnviz {
namespace {

using ::testing::ElementsAre;

TEST(EndOfSentence, countsWordsWithoutTheEndOfSentenceTokens) {
  Alignment alignment = test::red_car_alignment();
  EXPECT_EQ(source_word_count(alignment), 3);
  EXPECT_EQ(target_word_count(alignment), 3);
  alignment.target_tokens.back() = "bleue";
  EXPECT_EQ(target_word_count(alignment), 4);
}

TEST(EndOfSentence, keptPositionsMapTheHiddenViewsColumnsBackToTheWhole) {
  Alignment text = test::red_car_alignment();
  EXPECT_THAT(kept_source_positions(text), ElementsAre(0, 1, 2));
  text.source_tokens = {"hi", "</s>", "yes", "</s>"};
  EXPECT_THAT(kept_source_positions(text), ElementsAre(0, 2));
  text.source_tokens = {"hi", "yes"};  // nothing to hide
  EXPECT_THAT(kept_source_positions(text), ElementsAre(0, 1));
}

TEST(EndOfSentence, hidingTheColumnRenormalisesEachRow) {
  const Alignment hidden = without_end_of_sentence_column(test::red_car_alignment());
  EXPECT_THAT(hidden.source_tokens, ElementsAre("the", "red", "car"));
  EXPECT_EQ(hidden.source_unknown.size(), 3u);
  RowMatrix expected(4, 3);
  expected << 0.7f / 0.9f, 0.1f / 0.9f, 0.1f / 0.9f,  // row sum without </s>: 0.9
              0.2f, 0.2f, 0.6f,                       // 0.5
              0.0f, 0.75f, 0.25f,                     // 0.8
              0.0f, 0.0f, 0.0f;                       // all weight was on </s>
  EXPECT_TRUE(hidden.primary().weights.isApprox(expected, 1e-6f)) << hidden.primary().weights;
}

TEST(EndOfSentence, hidingCutsRawScoresWithoutRescaling) {
  const Alignment hidden = without_end_of_sentence_column(test::red_car_alignment());
  EXPECT_EQ(hidden.primary().scores.cols(), 3);
  EXPECT_EQ(hidden.primary().scores(1, 2), 7.0f);
}

TEST(EndOfSentence, hidingTwiceIsHidingOnce) {
  const Alignment once = without_end_of_sentence_column(test::red_car_alignment());
  const Alignment twice = without_end_of_sentence_column(once);
  EXPECT_EQ(twice.source_tokens, once.source_tokens);
  EXPECT_EQ(twice.primary().weights, once.primary().weights);
}

// Encoder self-attention is source x source: </s> goes from both axes;
// decoder self-attention has no source axis and is left as it is.
TEST(EndOfSentence, hidingFollowsEachMapsAxes) {
  Alignment alignment = test::red_car_alignment();
  alignment.maps.push_back(make_map(MapKind::EncoderSelf, 0, 0, RowMatrix::Constant(4, 4, 0.25f)));
  alignment.maps.push_back(make_map(MapKind::DecoderSelf, 0, 0, RowMatrix::Identity(4, 4)));
  const Alignment hidden = without_end_of_sentence_column(alignment);
  EXPECT_TRUE(hidden.maps[1].weights.isApprox(RowMatrix::Constant(3, 3, 1.0f / 3), 1e-6f)) << hidden.maps[1].weights;
  EXPECT_EQ(hidden.maps[2].weights, RowMatrix::Identity(4, 4));
}

}  // namespace
}  // namespace attnviz
