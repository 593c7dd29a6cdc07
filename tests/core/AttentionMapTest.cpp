// A map names its kind, layer, head and axes, and the alignment gives each
// axis its labels, so that views never assume target rows and source columns.
#include "ExportTestData.h"

#include "export/AlignmentJson.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace attnviz {
namespace {

TEST(AttentionMap, defaultsAreTheGruMapCrossLayer0Head0TargetBySource) {
  const AttentionMap map{"attention", RowMatrix::Ones(2, 3), RowMatrix::Zero(2, 3)};
  EXPECT_EQ(map.kind, MapKind::Cross);
  EXPECT_EQ(map.layer, 0);
  EXPECT_EQ(map.head, 0);
  EXPECT_EQ(map.rows, MapAxis::Target);
  EXPECT_EQ(map.cols, MapAxis::Source);
}

TEST(AttentionMap, eachKindHasTheAxesOfTheSpec) {
  const AttentionMap encoder = make_map(MapKind::EncoderSelf, 1, 2, RowMatrix::Zero(3, 3));
  EXPECT_EQ(encoder.rows, MapAxis::Source);
  EXPECT_EQ(encoder.cols, MapAxis::Source);
  EXPECT_EQ(encoder.name, "encoder_self, layer 1, head 2");
  const AttentionMap decoder = make_map(MapKind::DecoderSelf, 0, 3, RowMatrix::Zero(3, 3));
  EXPECT_EQ(decoder.rows, MapAxis::Target);
  EXPECT_EQ(decoder.cols, MapAxis::DecoderInput);
  const AttentionMap mean = make_map(MapKind::Cross, 1, kMeanOverHeads, RowMatrix::Zero(3, 2));
  EXPECT_EQ(mean.rows, MapAxis::Target);
  EXPECT_EQ(mean.cols, MapAxis::Source);
  EXPECT_EQ(mean.name, "cross, layer 1, mean over heads");
}

TEST(AttentionMap, kindNamesRoundTrip) {
  for (MapKind kind : {MapKind::Cross, MapKind::EncoderSelf, MapKind::DecoderSelf})
    EXPECT_EQ(parse_map_kind(to_string(kind)), kind);
  EXPECT_EQ(parse_map_kind("self"), std::nullopt);
}

TEST(AttentionMap, decoderInputsAreStartThenEachEmittedTokenAndStartAgainAfterEndOfSentence) {
  Alignment a;
  a.source_tokens = {"the", "car", "</s>"};
  a.target_tokens = {"la", "voiture", "</s>", "oui", "</s>"};
  EXPECT_EQ(a.labels(MapAxis::DecoderInput), (std::vector<std::string>{"<s>", "la", "voiture", "<s>", "oui"}));
  EXPECT_EQ(a.labels(MapAxis::Target), a.target_tokens);
  EXPECT_EQ(a.labels(MapAxis::Source), a.source_tokens);
}

TEST(AttentionMapJson, mapsListEveryHeadAndLeaveOutTheMeanOverHeads) {
  ModelAlignment item = test::sample_alignment();
  Alignment& a = item.alignment;
  a.maps.front() = make_map(MapKind::Cross, 0, kMeanOverHeads, a.maps.front().weights);
  a.maps.push_back(make_map(MapKind::EncoderSelf, 0, 1, RowMatrix::Identity(5, 5)));
  a.maps.push_back(make_map(MapKind::Cross, 0, 1, RowMatrix::Constant(4, 5, 0.2f)));
  const auto parsed = nlohmann::json::parse(alignment_json_line(a, item.model));
  ASSERT_EQ(parsed["maps"].size(), 2u);
  EXPECT_EQ(parsed["maps"][0]["kind"], "encoder_self");
  EXPECT_EQ(parsed["maps"][0]["head"], 1);
  EXPECT_EQ(parsed["maps"][0]["weights"].size(), 5u);
  EXPECT_EQ(parsed["maps"][1]["kind"], "cross");
  EXPECT_EQ(parsed["maps"][1]["weights"][3][4].get<float>(), 0.2f);
  EXPECT_EQ(parsed["attention"].size(), 4u);
}

}  // namespace
}  // namespace attnviz
