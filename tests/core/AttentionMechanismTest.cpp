// The window arithmetic that the engine and the trainer share
// (MODEL_SPEC.md, "Attention mechanisms"), at the edges the parity
// fixtures rarely reach: p_t at either end of the sentence, on a whole
// position, and a one-token source.

#include "model/AttentionMechanism.h"

#include <gtest/gtest.h>

#include <cmath>

namespace attnviz {
namespace {

void expect_span(const WindowSpan& span, int first, int last) {
  EXPECT_EQ(span.first, first);
  EXPECT_EQ(span.last, last);
}

TEST(AttentionMechanism, namesReadBackAndUnknownNamesAreRefused) {
  for (AttentionMechanism mechanism : kAllMechanisms)
    EXPECT_EQ(parse_attention_mechanism(to_string(mechanism)), mechanism);
  EXPECT_FALSE(parse_attention_mechanism("local"));
  EXPECT_FALSE(parse_attention_mechanism("Local-p"));
}

TEST(AttentionMechanism, windowEdgesOnWholePositionsAreInside) {
  expect_span(window_span(3.0f, 2, 10), 1, 5);
  expect_span(window_span(2.5f, 1, 10), 2, 3);
}

TEST(AttentionMechanism, windowIsClippedToTheSentenceAndNeverEmpty) {
  expect_span(window_span(0.0f, 2, 5), 0, 2);
  expect_span(window_span(5.0f, 2, 5), 3, 4);  // local-p's p_t = n when the sigmoid saturates
  expect_span(window_span(0.7f, 1, 1), 0, 0);  // the source is </s> alone
  expect_span(window_span(1.0f, 1, 1), 0, 0);
}

TEST(AttentionMechanism, localMHoldsItsCentreOnTheLastPositionOnceTheStepPassesIt) {
  EXPECT_EQ(monotonic_position(0, 5), 0.0f);
  EXPECT_EQ(monotonic_position(4, 5), 4.0f);
  EXPECT_EQ(monotonic_position(30, 5), 4.0f);
}

TEST(AttentionMechanism, localPCentreStaysWithinZeroToTheSourceLength) {
  EXPECT_FLOAT_EQ(predicted_position(0.0f, 8), 4.0f);
  EXPECT_EQ(predicted_position(200.0f, 8), 8.0f);
  EXPECT_EQ(predicted_position(-200.0f, 8), 0.0f);
}

TEST(AttentionMechanism, gaussianIsOneAtTheCentreAndExpMinusTwoAtTheWindowsEdge) {
  EXPECT_FLOAT_EQ(gaussian_weight(3, 3.0f, 4), 1.0f);
  EXPECT_FLOAT_EQ(gaussian_weight(7, 3.0f, 4), std::exp(-2.0f));
  EXPECT_FLOAT_EQ(gaussian_weight(1, 3.0f, 4), std::exp(-0.5f));  // one sigma = D / 2 away
}

}  // namespace
}  // namespace attnviz
