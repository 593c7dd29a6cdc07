// --mask-source and --pin (issue 16) in the engine, for every family: a
// masked column is exactly 0 in every cross-attention row and each row
// still sums to 1; a pinned step's row is one-hot; the steps before an
// intervention are the model's own.
#include "WhatIfModels.h"

#include "decoding/AttentionEdit.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace attnviz {
namespace {

using ::testing::HasSubstr;
using testing::kWhatIfModels;

const std::string kSentence = "the red car is on the small table .";

class AttentionInterventionTest : public ::testing::TestWithParam<const char*> {
 protected:
  std::unique_ptr<AttentionModel> model_ = load_model(GetParam());
};

std::vector<const AttentionMap*> cross_maps(const Alignment& alignment) {
  std::vector<const AttentionMap*> maps;
  for (const AttentionMap& map : alignment.maps)
    if (map.kind == MapKind::Cross && map.head != kRollout) maps.push_back(&map);  // a rollout mixes in the encoder
  return maps;
}

TEST_P(AttentionInterventionTest, maskedColumnsAreExactlyZeroAndRowsSumToOne) {
  for (const int beam : {1, 3}) {
    DecodeOptions options;
    options.beam_width = beam;
    options.mask_source = {1, 3};
    const Alignment got = model_->translate(kSentence, options);
    ASSERT_FALSE(cross_maps(got).empty());
    for (const AttentionMap* map : cross_maps(got)) {
      for (Eigen::Index r = 0; r < map->weights.rows(); ++r) {
        EXPECT_EQ(map->weights(r, 1), 0.0f) << map->name << " row " << r;
        EXPECT_EQ(map->weights(r, 3), 0.0f) << map->name << " row " << r;
        EXPECT_NEAR(map->weights.row(r).sum(), 1.0f, 1e-5f) << map->name << " row " << r;
      }
    }
  }
}

// Step 0 reads only <s> and the source, so its masked row is the model's
// own row without the masked weight, renormalised: in the GRU's one map and
// the Transformer's first layer (later layers read the edited first).
TEST_P(AttentionInterventionTest, aMaskRenormalisesTheModelsOwnRowAtTheFirstStep) {
  DecodeOptions options;
  options.mask_source = {2};
  const Alignment got = model_->translate(kSentence, options);
  const Alignment plain = model_->translate(kSentence, {});
  for (size_t m = 0; m < got.maps.size(); ++m) {
    if (got.maps[m].kind != MapKind::Cross || !is_single_head(got.maps[m]) || got.maps[m].layer != 0) continue;
    Eigen::RowVectorXf expected = plain.maps[m].weights.row(0);
    expected(2) = 0;
    expected /= expected.sum();
    for (Eigen::Index c = 0; c < expected.size(); ++c)
      EXPECT_NEAR(got.maps[m].weights(0, c), expected(c), 1e-6f) << got.maps[m].name << " col " << c;
  }
}

TEST_P(AttentionInterventionTest, aPinnedStepIsOneHotAndTheStepsBeforeItAreTheModelsOwn) {
  const Alignment plain = model_->translate(kSentence, {});
  ASSERT_GE(plain.rows(), 3);
  DecodeOptions options;
  options.pins = {{2, 0}};
  const Alignment got = model_->translate(kSentence, options);
  ASSERT_GE(got.rows(), 3);
  for (const AttentionMap* map : cross_maps(got)) {
    Eigen::RowVectorXf one_hot = Eigen::RowVectorXf::Zero(map->weights.cols());
    one_hot(0) = 1;
    EXPECT_EQ(Eigen::RowVectorXf(map->weights.row(2)), one_hot) << map->name;
  }
  for (size_t m = 0; m < got.maps.size(); ++m) {
    const Eigen::Index cols = std::min(got.maps[m].weights.cols(), plain.maps[m].weights.cols());
    EXPECT_EQ(RowMatrix(got.maps[m].weights.topLeftCorner(2, cols)), RowMatrix(plain.maps[m].weights.topLeftCorner(2, cols)))
        << got.maps[m].name;
  }
  EXPECT_EQ(std::vector<std::string>(got.target_tokens.begin(), got.target_tokens.begin() + 2),
            std::vector<std::string>(plain.target_tokens.begin(), plain.target_tokens.begin() + 2));
}

TEST_P(AttentionInterventionTest, pinsAndMasksApplyToForcedDecodingToo) {
  DecodeOptions options;
  options.mask_source = {0};
  options.pins = {{1, 2}};
  const Alignment got = model_->force(kSentence, "la voiture rouge est sur la petite table .", options);
  EXPECT_EQ(got.primary().weights(1, 2), 1.0f);
  for (Eigen::Index r = 0; r < got.rows(); ++r) EXPECT_EQ(got.primary().weights(r, 0), 0.0f);
}

// In a text of two sentences, positions and steps count over the whole text.
TEST_P(AttentionInterventionTest, positionsAndStepsCountOverTheWholeText) {
  const std::string text = "the dog sleeps . the cat eats .";
  const auto second_row = static_cast<int>(model_->translate("the dog sleeps .", {}).rows());
  DecodeOptions options;
  options.mask_source = {6};         // "cat": 5 columns of the first sentence, then "the"
  options.pins = {{second_row, 7}};  // the second sentence's first step, on "eats"
  const Alignment got = model_->translate(text, options);
  for (Eigen::Index r = 0; r < got.rows(); ++r) EXPECT_EQ(got.primary().weights(r, 6), 0.0f);
  EXPECT_EQ(got.primary().weights(second_row, 7), 1.0f);
}

TEST_P(AttentionInterventionTest, requestsNamingNothingOfTheTextAreRefusedByName) {
  DecodeOptions mask;
  mask.mask_source = {10};
  EXPECT_THAT([&] { model_->translate(kSentence, mask); },
              ::testing::ThrowsMessage<SteeringError>(HasSubstr("mask 10: source position 10 is out of range (the source has 10 positions, 0 to 9")));
  DecodeOptions pin;
  pin.pins = {{60, 1}};
  EXPECT_THAT([&] { model_->translate(kSentence, pin); },
              ::testing::ThrowsMessage<SteeringError>(HasSubstr("pin 60:1: the translation has")));
  DecodeOptions everything;
  for (int i = 0; i < 10; ++i) everything.mask_source.push_back(i);
  EXPECT_THAT([&] { model_->translate(kSentence, everything); },
              ::testing::ThrowsMessage<SteeringError>(HasSubstr("every source position is masked")));
}

INSTANTIATE_TEST_SUITE_P(Families, AttentionInterventionTest, ::testing::ValuesIn(kWhatIfModels),
                         [](const auto& info) { return testing::what_if_model_name(info.param); });

TEST(AttentionEdit, aPinWinsOverAMaskAndAFullyMaskedRowIsSpreadOverTheRest) {
  const AttentionEdit edit({1}, {{0, 1}}, 3);
  std::vector<float> row = {0.2f, 0.5f, 0.3f};
  edit.apply(0, row);
  EXPECT_EQ(row, (std::vector<float>{0, 1, 0}));
  row = {0.0f, 1.0f, 0.0f};
  edit.apply(1, row);
  EXPECT_EQ(row, (std::vector<float>{0.5f, 0, 0.5f}));
}

}  // namespace
}  // namespace attnviz
