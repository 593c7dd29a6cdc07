// attnviz-cli translate --mask-head and attnviz-cli heads (issue 13, "heads
// that matter"): what the real binary prints is the engine's result on the
// same file, and every wrong head is refused by name.
#include "CliRunner.h"

#include "decoding/HeadImportance.h"
#include "model/HeadMask.h"
#include "model/ModelFile.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace attnviz {
namespace {

using attnviz::testing::run_cli;
using ::testing::HasSubstr;

const std::string kTransformer = ATTNVIZ_FIXTURES_DIR "/transformer/transformer.safetensors";
const std::string kSentence = "my zebra is green .";

TEST(CliMaskHead, theJsonIsTheEnginesDecodeWithThoseHeadsOff) {
  const auto result = run_cli({"translate", "--format", "json", "--model", kTransformer, "--mask-head", "cross:1:0",
                               "--mask-head", "encoder_self:0:2", kSentence});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json got = nlohmann::json::parse(result.out);
  DecodeOptions options;
  options.masked_heads = {{MapKind::Cross, 1, 0}, {MapKind::EncoderSelf, 0, 2}};
  const Alignment expected = load_model(kTransformer)->translate(kSentence, options);
  EXPECT_EQ(got["translation"], expected.translation);
  EXPECT_NEAR(got["logprob"].get<double>(), expected.logprob, 1e-9);
  EXPECT_EQ(got["interventions"]["mask_head"], nlohmann::json({"cross:1:0", "encoder_self:0:2"}));
}

TEST(CliMaskHead, aHeadTheModelLacksOrAMalformedOneIsAUsageErrorNamingIt) {
  auto result = run_cli({"translate", "--model", kTransformer, "--mask-head", "cross:7:0", kSentence});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("no head cross:7:0 in this Transformer"));
  result = run_cli({"translate", "--model", kTransformer, "--mask-head", "crosss:1:0", kSentence});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("expected KIND:LAYER:HEAD"));
  result = run_cli({"translate", "--model", "dot", "--mask-head", "cross:0:0", kSentence});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("no heads to switch off"));
}

TEST(CliHeads, theRankingIsTheEnginesEveryHeadMostNeededFirst) {
  const auto result = run_cli({"heads", "--format", "json", "--model", kTransformer, kSentence});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json got = nlohmann::json::parse(result.out);
  const auto model = load_model(kTransformer);
  const Alignment shown = model->translate(kSentence, {});
  const std::vector<HeadEffect> expected = rank_heads(*model, shown);
  EXPECT_EQ(got["translation"], shown.translation);
  ASSERT_EQ(got["heads"].size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    const nlohmann::json& head = got["heads"][i];
    EXPECT_EQ(head["kind"], to_string(expected[i].head.kind));
    EXPECT_EQ(head["layer"], expected[i].head.layer);
    EXPECT_EQ(head["head"], expected[i].head.head);
    EXPECT_NEAR(head["logprob_change"].get<double>(), expected[i].logprob_change, 1e-9);
    EXPECT_EQ(head["translation"], expected[i].translation);
  }
}

TEST(CliHeads, withoutATransformerItSaysWhyAndFails) {
  const auto result = run_cli({"heads", "--model", "dot", kSentence});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("only a Transformer has heads"));
}

}  // namespace
}  // namespace attnviz
