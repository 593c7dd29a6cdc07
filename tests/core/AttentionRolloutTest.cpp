// Attention rollout (Abnar and Zuidema 2020) on maps small enough to roll
// out by hand, then on the Transformer fixture's own result.

#include "alignment/AttentionRollout.h"
#include "model/ModelFile.h"

#include <gtest/gtest.h>

namespace attnviz {
namespace {

RowMatrix matrix(Eigen::Index rows, Eigen::Index cols, std::initializer_list<float> values) {
  RowMatrix m(rows, cols);
  std::copy(values.begin(), values.end(), m.data());
  return m;
}

// Two encoder layers of one head each over two words, and a headline that
// reads only the first memory position:
//   Â_0 = 0.5 [1 0; 1 0] + 0.5 I = [1 0; .5 .5]
//   Â_1 = 0.5 [0 1; 0 1] + 0.5 I = [.5 .5; 0 1]
//   R = Â_1 Â_0 = [.75 .25; .5 .5]        C R = [1 0] R = [.75 .25]
Alignment two_layer_example() {
  Alignment a;
  a.source_tokens = {"cat", "</s>"};
  a.target_tokens = {"chat"};
  a.maps.push_back(make_map(MapKind::Cross, 0, kMeanOverHeads, matrix(1, 2, {1, 0})));
  a.maps.push_back(make_map(MapKind::EncoderSelf, 0, 0, matrix(2, 2, {1, 0, 1, 0})));
  a.maps.push_back(make_map(MapKind::EncoderSelf, 1, 0, matrix(2, 2, {0, 1, 0, 1})));
  return a;
}

TEST(AttentionRollout, followsTheResidualMixingDownThroughTheLayers) {
  Alignment a = two_layer_example();
  add_rollouts(a);
  ASSERT_EQ(a.maps.size(), 5u);
  const AttentionMap& cross = a.maps[3];
  const AttentionMap& encoder = a.maps[4];
  EXPECT_EQ(cross.kind, MapKind::Cross);
  EXPECT_EQ(cross.head, kRollout);
  EXPECT_EQ(cross.weights, matrix(1, 2, {0.75f, 0.25f}));
  EXPECT_EQ(encoder.kind, MapKind::EncoderSelf);
  EXPECT_EQ(encoder.head, kRollout);
  EXPECT_EQ(encoder.layer, 1);
  EXPECT_EQ(encoder.weights, matrix(2, 2, {0.75f, 0.25f, 0.5f, 0.5f}));
  EXPECT_FALSE(is_single_head(encoder));
  EXPECT_EQ(encoder.name, "encoder_self, layer 1, rollout of layers 0-1");
}

TEST(AttentionRollout, aLayersHeadsAreAveragedBeforeRollingOut) {
  Alignment a = two_layer_example();
  a.maps.resize(2);  // one layer, two heads: mean [.5 .5; .5 .5]
  a.maps.push_back(make_map(MapKind::EncoderSelf, 0, 1, matrix(2, 2, {0, 1, 0, 1})));
  add_rollouts(a);
  EXPECT_EQ(a.maps.back().weights, matrix(2, 2, {0.75f, 0.25f, 0.25f, 0.75f}));
}

TEST(AttentionRollout, aResultWithoutEncoderHeadsIsLeftAsItIs) {
  Alignment a = two_layer_example();
  a.maps.resize(1);
  add_rollouts(a);
  EXPECT_EQ(a.maps.size(), 1u);
}

TEST(AttentionRollout, theTransformersResultEndsWithBothRolloutsWhoseRowsSumToOne) {
  const auto model = load_model(ATTNVIZ_FIXTURES_DIR "/transformer/transformer.safetensors");
  const Alignment a = model->translate("the red car . cat", {});  // two sentences, joined
  const AttentionMap& cross = a.maps[a.maps.size() - 2];
  const AttentionMap& encoder = a.maps.back();
  ASSERT_EQ(cross.head, kRollout);
  ASSERT_EQ(encoder.head, kRollout);
  EXPECT_EQ(cross.weights.rows(), a.rows());
  EXPECT_EQ(cross.weights.cols(), a.cols());
  EXPECT_EQ(encoder.weights.rows(), a.cols());
  for (const AttentionMap* map : {&cross, &encoder})
    for (Eigen::Index r = 0; r < map->weights.rows(); ++r)
      EXPECT_NEAR(map->weights.row(r).sum(), 1.0, 1e-5) << map->name << " row " << r;
}

}  // namespace
}  // namespace attnviz
