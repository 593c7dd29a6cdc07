// --prefix (issue 16): the prefix's rows are exactly what forced decoding
// of the prefix computes, and the rest is greedy (or beam) search from it,
// for every model family.
#include "WhatIfModels.h"

#include "tokens/Tokenizer.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace attnviz {
namespace {

using testing::kWhatIfModels;

const std::string kSentence = "the red car is on the small table .";

void expect_same_rows(const Alignment& got, const Alignment& expected, Eigen::Index rows) {
  ASSERT_EQ(got.maps.size(), expected.maps.size());
  for (size_t m = 0; m < got.maps.size(); ++m) {
    if (got.maps[m].rows != MapAxis::Target) continue;  // encoder_self: no target rows
    const RowMatrix& a = got.maps[m].weights;
    const RowMatrix& b = expected.maps[m].weights;
    for (Eigen::Index r = 0; r < rows; ++r)
      for (Eigen::Index c = 0; c < std::min(a.cols(), b.cols()); ++c)
        EXPECT_NEAR(a(r, c), b(r, c), 1e-6f) << got.maps[m].name << " row " << r << " col " << c;
  }
  for (Eigen::Index r = 0; r < rows; ++r) {
    EXPECT_EQ(got.target_tokens[static_cast<size_t>(r)], expected.target_tokens[static_cast<size_t>(r)]) << r;
    EXPECT_NEAR(got.steps[static_cast<size_t>(r)].probability, expected.steps[static_cast<size_t>(r)].probability, 1e-6f);
  }
}

std::string joined(const std::vector<std::string>& tokens, size_t count) {
  std::string text;
  for (size_t i = 0; i < count; ++i) text += (i > 0 ? " " : "") + tokens[i];
  return text;
}

class TargetPrefixTest : public ::testing::TestWithParam<const char*> {
 protected:
  std::unique_ptr<AttentionModel> model_ = load_model(GetParam());

  // A prefix the model would not choose: its second-best first word, then its best second word.
  std::string unlikely_prefix() const {
    const Alignment greedy = model_->translate(kSentence, {});
    return greedy.steps[0].top[1].token;
  }
};

TEST_P(TargetPrefixTest, prefixRowsEqualForcedDecodingOfThePrefix) {
  const std::string prefix = unlikely_prefix() + " rouge";
  DecodeOptions options;
  options.target_prefix = prefix;
  const Alignment got = model_->translate(kSentence, options);
  const Alignment forced = model_->force(kSentence, prefix, {});
  ASSERT_GE(got.rows(), 2);
  expect_same_rows(got, forced, 2);
  std::vector<bool> forced_rows(static_cast<size_t>(got.rows()), false);
  forced_rows[0] = forced_rows[1] = true;
  EXPECT_EQ(got.target_forced, forced_rows);
  EXPECT_EQ(got.mode, DecodeMode::Greedy);
}

// Greedy from the prefix: every later row emits its most probable token,
// and forcing the whole result gives the same rows (the continuation read
// exactly the prefix before it).
TEST_P(TargetPrefixTest, continuationIsGreedySearchFromThePrefix) {
  DecodeOptions options;
  options.target_prefix = unlikely_prefix();
  const Alignment got = model_->translate(kSentence, options);
  ASSERT_GE(got.rows(), 1);
  for (size_t r = 1; r < got.target_tokens.size(); ++r)
    EXPECT_EQ(got.steps[r].top[0].token, got.target_tokens[r]) << "row " << r;
  const bool ended = got.target_tokens.back() == "</s>";
  const Alignment forced = model_->force(kSentence, joined(got.target_tokens, got.target_tokens.size() - (ended ? 1 : 0)), {});
  expect_same_rows(got, forced, got.rows());
}

TEST_P(TargetPrefixTest, beamSearchStartsAfterThePrefix) {
  const std::string prefix = unlikely_prefix();
  DecodeOptions options;
  options.target_prefix = prefix;
  options.beam_width = 3;
  options.record_beam_tree = true;
  const Alignment got = model_->translate(kSentence, options);
  expect_same_rows(got, model_->force(kSentence, prefix, {}), 1);
  EXPECT_EQ(got.mode, DecodeMode::Beam);
  ASSERT_TRUE(got.beam_tree.has_value());
  int at_step_0 = 0;
  for (const BeamNode& node : got.beam_tree->nodes) at_step_0 += node.step == 0 ? 1 : 0;
  EXPECT_EQ(at_step_0, 1);  // the forced word is the one candidate of step 0
}

TEST_P(TargetPrefixTest, noPrefixLeavesTheResultAsItWas) {
  const Alignment plain = model_->translate(kSentence, {});
  EXPECT_TRUE(plain.target_forced.empty());
  EXPECT_TRUE(plain.target_unknown.empty());
  EXPECT_FALSE(plain.beam_tree.has_value());
}

// A prefix of two sentences starts each sentence's translation.
TEST_P(TargetPrefixTest, eachPrefixSentenceStartsItsSentence) {
  DecodeOptions options;
  options.target_prefix = "le chien dort . le";
  const Alignment got = model_->translate("the dog sleeps . the cat eats .", options);
  ASSERT_FALSE(got.target_forced.empty());
  EXPECT_EQ(std::count(got.target_forced.begin(), got.target_forced.end(), true), 5);
  EXPECT_EQ(got.target_tokens[0], "le");
  EXPECT_TRUE(std::all_of(got.target_forced.begin(), got.target_forced.begin() + 4, [](bool f) { return f; }));
  DecodeOptions first_options;
  first_options.target_prefix = "le chien dort .";
  const auto row = static_cast<size_t>(model_->translate("the dog sleeps .", first_options).rows());
  ASSERT_LT(row, got.target_forced.size());
  EXPECT_TRUE(got.target_forced[row]);
  EXPECT_EQ(got.target_tokens[row], "le");
  EXPECT_EQ(std::count(got.target_forced.begin() + static_cast<std::ptrdiff_t>(row), got.target_forced.end(), true), 1);
}

INSTANTIATE_TEST_SUITE_P(Families, TargetPrefixTest, ::testing::ValuesIn(kWhatIfModels),
                         [](const auto& info) { return testing::what_if_model_name(info.param); });

}  // namespace
}  // namespace attnviz
