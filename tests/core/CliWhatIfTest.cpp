// attnviz-cli translate --prefix, --mask-source, --pin and --beam's
// "beam_tree" (issue 16): the JSON the real binary prints is the engine's
// result on the same model file, for a GRU fixture, a shipped GRU and the
// Transformer fixture.
#include "CliRunner.h"
#include "WhatIfModels.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace attnviz {
namespace {

using attnviz::testing::run_cli;
using testing::kWhatIfModels;
using ::testing::HasSubstr;

const std::string kSentence = "the red car is on the small table .";

nlohmann::json translate_json(const std::string& model, const std::vector<std::string>& extra) {
  std::vector<std::string> arguments = {"translate", "--format", "json", "--model", model};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  arguments.push_back(kSentence);
  const auto result = run_cli(arguments);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out);
}

// Every map the JSON lists, and the headline, as the engine computed them
// (the JSON writes each float so that it reads back exactly).
void expect_same_result(const nlohmann::json& got, const Alignment& expected) {
  EXPECT_EQ(got["tgt_tokens"], expected.target_tokens);
  EXPECT_EQ(got["translation"], expected.translation);
  const auto same = [](const nlohmann::json& rows, const RowMatrix& matrix, const std::string& what) {
    ASSERT_EQ(rows.size(), static_cast<size_t>(matrix.rows())) << what;
    for (Eigen::Index r = 0; r < matrix.rows(); ++r)
      for (Eigen::Index c = 0; c < matrix.cols(); ++c)
        ASSERT_EQ(rows[static_cast<size_t>(r)][static_cast<size_t>(c)].get<float>(), matrix(r, c)) << what << " " << r << "," << c;
  };
  same(got["attention"], expected.primary().weights, "attention");
  size_t listed = 0;
  for (const AttentionMap& map : expected.maps)
    if (is_single_head(map)) same(got["maps"][listed++]["weights"], map.weights, map.name);
}

class CliWhatIfTest : public ::testing::TestWithParam<const char*> {
 protected:
  std::unique_ptr<AttentionModel> model_ = load_model(GetParam());
};

TEST_P(CliWhatIfTest, prefixIsTheEnginesPrefixedDecodeAndSaysWhichRowsItForced) {
  const nlohmann::json got = translate_json(GetParam(), {"--prefix", "la voiture bleue"});
  DecodeOptions options;
  options.target_prefix = "la voiture bleue";
  const Alignment expected = model_->translate(kSentence, options);
  expect_same_result(got, expected);
  EXPECT_EQ(got["forced_prefix"], 3);
  EXPECT_EQ(got["forced_rows"], nlohmann::json({0, 1, 2}));
  EXPECT_EQ(got["tgt_tokens"][2], "bleue");
  EXPECT_FALSE(got.contains("interventions"));
}

TEST_P(CliWhatIfTest, beamTreeIsTheEnginesTree) {
  const nlohmann::json got = translate_json(GetParam(), {"--beam", "3"});
  DecodeOptions options;
  options.beam_width = 3;
  options.record_beam_tree = true;
  const Alignment expected = model_->translate(kSentence, options);
  expect_same_result(got, expected);
  ASSERT_TRUE(got.contains("beam_tree"));
  const nlohmann::json& nodes = got["beam_tree"];
  ASSERT_EQ(nodes.size(), expected.beam_tree->nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    const BeamNode& node = expected.beam_tree->nodes[i];
    EXPECT_EQ(nodes[i]["id"], node.id);
    EXPECT_EQ(nodes[i]["parent"], node.parent);
    EXPECT_EQ(nodes[i]["step"], node.step);
    EXPECT_EQ(nodes[i]["token"], node.token);
    EXPECT_EQ(nodes[i]["logprob"].get<double>(), node.logprob);
    EXPECT_EQ(nodes[i]["kept"], node.kept);
    EXPECT_EQ(nodes[i]["final"], node.final);
    EXPECT_EQ(nodes[i]["best"], node.best);
  }
}

TEST_P(CliWhatIfTest, greedyJsonHasNoBeamTree) {
  EXPECT_FALSE(translate_json(GetParam(), {}).contains("beam_tree"));
}

TEST_P(CliWhatIfTest, maskSourceIsTheEnginesMaskedDecodeWithExactlyZeroColumns) {
  const nlohmann::json got = translate_json(GetParam(), {"--mask-source", "1", "--mask-source", "2"});
  DecodeOptions options;
  options.mask_source = {1, 2};
  expect_same_result(got, model_->translate(kSentence, options));
  for (const nlohmann::json& row : got["attention"]) {
    EXPECT_EQ(row[1].get<double>(), 0.0);
    EXPECT_EQ(row[2].get<double>(), 0.0);
  }
  EXPECT_EQ(got["interventions"], nlohmann::json({{"mask_source", {1, 2}}, {"pin", nlohmann::json::array()}}));
}

TEST_P(CliWhatIfTest, pinIsTheEnginesPinnedDecodeWithAOneHotRow) {
  const nlohmann::json got = translate_json(GetParam(), {"--pin", "1:4", "--beam", "2"});
  DecodeOptions options;
  options.pins = {{1, 4}};
  options.beam_width = 2;
  options.record_beam_tree = true;
  expect_same_result(got, model_->translate(kSentence, options));
  const nlohmann::json& row = got["attention"][1];
  for (size_t c = 0; c < row.size(); ++c) EXPECT_EQ(row[c].get<double>(), c == 4 ? 1.0 : 0.0) << c;
  EXPECT_EQ(got["interventions"]["pin"], nlohmann::json::array({{1, 4}}));
}

INSTANTIATE_TEST_SUITE_P(Families, CliWhatIfTest, ::testing::ValuesIn(kWhatIfModels),
                         [](const auto& info) { return testing::what_if_model_name(info.param); });

TEST(CliWhatIfUsage, anOutOfRangeMaskIsAUsageErrorNamingIt) {
  const auto result = run_cli({"translate", "--model", "dot", "--mask-source", "9", "the red car ."});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--mask-source 9: source position 9 is out of range (the source has 5 positions"));
}

TEST(CliWhatIfUsage, aMalformedOrUnreachedPinIsAUsageErrorNamingIt) {
  auto result = run_cli({"translate", "--model", "dot", "--pin", "1-2", "the red car ."});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--pin 1-2: expected STEP:SOURCE"));
  result = run_cli({"translate", "--model", "dot", "--pin", "40:1", "the red car ."});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--pin 40:1: the translation has"));
}

TEST(CliWhatIfUsage, prefixAndForceExcludeEachOther) {
  const auto result = run_cli({"translate", "--model", "dot", "--prefix", "la", "--force", "la voiture", "the car"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--prefix and --force exclude each other"));
}

TEST(CliWhatIfUsage, textOutputSaysHowManyRowsThePrefixForced) {
  const auto result = run_cli({"translate", "--model", "dot", "--prefix", "la voiture bleue", "the red car ."});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("prefix: 3 rows forced, the rest decoded from them"));
}

}  // namespace
}  // namespace attnviz
