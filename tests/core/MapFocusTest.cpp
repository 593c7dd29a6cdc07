// Any map of a result shown as an alignment of its own (alignment/MapFocus.h).
#include "alignment/MapFocus.h"

#include "RedCarAlignment.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace attnviz {
namespace {

using ::testing::ElementsAre;

// The red car (3 words + </s> on both sides) with a Transformer's maps.
Alignment with_transformer_maps() {
  Alignment alignment = test::red_car_alignment();
  for (int layer = 0; layer < 2; ++layer)
    for (int head = 0; head < 3; ++head) {
      alignment.maps.push_back(make_map(MapKind::EncoderSelf, layer, head, RowMatrix::Constant(4, 4, 0.25f)));
      alignment.maps.push_back(make_map(MapKind::DecoderSelf, layer, head, RowMatrix::Identity(4, 4)));
    }
  return alignment;
}

TEST(MapFocus, encoderSelfAttentionIsLabelledBySourceTokensOnBothAxes) {
  const Alignment alignment = with_transformer_maps();
  const size_t index = *find_map(alignment, MapKind::EncoderSelf, 1, 2);
  const Alignment focused = focus_on_map(alignment, index);
  EXPECT_EQ(focused.primary().kind, MapKind::EncoderSelf);
  EXPECT_EQ(focused.primary().layer, 1);
  EXPECT_EQ(focused.primary().head, 2);
  EXPECT_EQ(focused.target_tokens, alignment.source_tokens);
  EXPECT_EQ(focused.source_tokens, alignment.source_tokens);
  EXPECT_TRUE(focused.steps.empty()) << "decoder probabilities do not belong to source rows";
  EXPECT_EQ(focused.maps.size(), alignment.maps.size());
}

TEST(MapFocus, decoderSelfAttentionHasTheDecoderInputsAsColumns) {
  const Alignment alignment = with_transformer_maps();
  const Alignment focused = focus_on_map(alignment, *find_map(alignment, MapKind::DecoderSelf, 0, 1));
  EXPECT_EQ(focused.target_tokens, alignment.target_tokens);
  EXPECT_THAT(focused.source_tokens, ElementsAre("<s>", "la", "voiture", "rouge"));
  EXPECT_EQ(focused.steps.size(), alignment.steps.size());
}

TEST(MapFocus, theHeadlineMapComesBackUnchanged) {
  const Alignment alignment = with_transformer_maps();
  const Alignment focused = focus_on_map(alignment, 0);
  EXPECT_EQ(focused.source_tokens, alignment.source_tokens);
  EXPECT_EQ(focused.primary().weights, alignment.primary().weights);
}

TEST(MapFocus, theGridShapeCountsLayersAndHeadsOfOneKind) {
  const Alignment alignment = with_transformer_maps();
  EXPECT_EQ(map_grid_shape(alignment, MapKind::EncoderSelf).layers, 2);
  EXPECT_EQ(map_grid_shape(alignment, MapKind::EncoderSelf).heads, 3);
  EXPECT_EQ(map_grid_shape(test::red_car_alignment(), MapKind::EncoderSelf).layers, 0);
  EXPECT_FALSE(find_map(alignment, MapKind::Cross, 5, 0));
}

// Maps were added head-major (encoder and decoder interleaved); a grid
// reads them layer by layer, and a rollout is no head of the grid.
TEST(MapFocus, headMapsListOneKindLayerByLayerWithoutMeansOrRollouts) {
  Alignment alignment = with_transformer_maps();
  alignment.maps.push_back(make_map(MapKind::EncoderSelf, 1, kRollout, RowMatrix::Identity(4, 4)));
  const std::vector<size_t> heads = head_maps(alignment, MapKind::EncoderSelf);
  ASSERT_EQ(heads.size(), 6u);
  for (size_t i = 0; i < heads.size(); ++i) {
    const AttentionMap& map = alignment.maps[heads[i]];
    EXPECT_EQ(map.kind, MapKind::EncoderSelf);
    EXPECT_EQ(map.layer, static_cast<int>(i / 3));
    EXPECT_EQ(map.head, static_cast<int>(i % 3));
  }
  EXPECT_TRUE(head_maps(test::red_car_alignment(), MapKind::EncoderSelf).empty());
}

}  // namespace
}  // namespace attnviz
