// The window arithmetic that the engine and the trainer share
// (MODEL_SPEC.md, "Attention mechanisms"), at the edges the parity
// fixtures rarely reach: p_t at either end of the sentence, on a whole
// position, and a one-token source.

#include "model/AttentionMechanism.h"

#include <Eigen/Core>
#include <gtest/gtest.h>

#include <cmath>
#include <string>

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

// Hard attention's choice, as torch.argmax makes it: the largest weight,
// and the first of equal ones, so engine and reference agree on ties.
TEST(AttentionMechanism, hardChoiceIsTheFirstLargestWeight) {
  EXPECT_EQ(chosen_position(Eigen::VectorXf::Unit(5, 3)), 3);
  Eigen::VectorXf tie(4);
  tie << 0.1f, 0.4f, 0.4f, 0.1f;
  EXPECT_EQ(chosen_position(tie), 1);
  EXPECT_EQ(chosen_position(Eigen::VectorXf::Constant(1, 1.0f)), 0);  // </s> alone
}

TEST(AttentionMechanism, namesReadBackForEveryMechanism) {
  for (AttentionMechanism mechanism : kAllMechanisms)
    EXPECT_EQ(parse_attention_mechanism(to_string(mechanism)), mechanism) << to_string(mechanism);
  EXPECT_EQ(to_string(AttentionMechanism::Hard), std::string("hard"));
}

}  // namespace
}  // namespace attnviz
