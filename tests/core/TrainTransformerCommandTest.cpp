// `attnviz-cli train --family transformer` and `eval` end to end on a small
// generated corpus: the written file is a Transformer with its sizes and
// card (with the AER of every cross-attention head), and eval reads it and
// says what each head does (--heads).

#include "CliRunner.h"

#include "model/TransformerFile.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <unistd.h>

namespace attnviz {
namespace {

using ::testing::HasSubstr;
using attnviz::testing::run_cli;

class TrainTransformerCommand : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = std::filesystem::temp_directory_path() / ("attnviz-train-tf-" + std::to_string(getpid()));
    corpus_ = (folder_ / "corpus").string();
    model_ = (folder_ / "tiny.safetensors").string();
    ASSERT_EQ(run_cli({"corpus", "--out", corpus_, "--train", "300", "--valid", "40", "--test", "30",
                       "--long", "10", "--novel", "20"}).exit_code, 0);
    train_ = run_cli({"train", "--family", "transformer", "--corpus", corpus_, "--out", model_, "--epochs", "2",
                      "--d-model", "16", "--heads", "2", "--ffn", "24", "--enc-layers", "1", "--dec-layers", "2",
                      "--warmup", "5", "--threads", "1", "--seed", "5"});
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(folder_); }

  static inline std::filesystem::path folder_;
  static inline std::string corpus_, model_;
  static inline attnviz::testing::CliResult train_;
};

TEST_F(TrainTransformerCommand, writesATransformerWithItsSizesAndCard) {
  ASSERT_EQ(train_.exit_code, 0) << train_.err;
  const TransformerModelData data = read_transformer_file(model_);
  EXPECT_EQ(data.config.d_model, 16);
  EXPECT_EQ(data.config.heads, 2);
  EXPECT_EQ(data.config.ffn, 24);
  EXPECT_EQ(data.config.enc_layers, 1);
  EXPECT_EQ(data.config.dec_layers, 2);
  const nlohmann::json card = nlohmann::json::parse(data.card_json);
  EXPECT_EQ(card["family"], "transformer");
  EXPECT_EQ(card["corpus"], corpus_);
  EXPECT_EQ(card["train_pairs"], 300);
  EXPECT_EQ(card["seed"], 5);
  EXPECT_EQ(card["warmup_steps"], 5);
  EXPECT_DOUBLE_EQ(card["learning_rate"].get<double>(), 0.002);
  EXPECT_FALSE(card.contains("score"));
  for (const char* split : {"test", "long", "longer", "novel"}) EXPECT_TRUE(card.contains(std::string(split) + "_exact_match")) << split;
}

// One AER per head of every decoder layer, and the best of them named.
TEST_F(TrainTransformerCommand, cardHasTheAerOfEveryCrossAttentionHeadAndTheBest) {
  ASSERT_EQ(train_.exit_code, 0) << train_.err;
  const nlohmann::json card = nlohmann::json::parse(read_transformer_file(model_).card_json);
  const nlohmann::json& heads = card["test_head_aer"];
  ASSERT_EQ(heads.size(), 4u);
  double best = 1.0;
  for (const nlohmann::json& head : heads) {
    EXPECT_GE(head["aer"].get<double>(), 0.0);
    best = std::min(best, head["aer"].get<double>());
  }
  EXPECT_DOUBLE_EQ(card["test_best_head_aer"].get<double>(), best);
  EXPECT_TRUE(card["test_best_head"].contains("layer"));
}

TEST_F(TrainTransformerCommand, evalReadsTheTransformer) {
  ASSERT_EQ(train_.exit_code, 0) << train_.err;
  const auto result = run_cli({"eval", "--model", model_, "--corpus", corpus_, "--split", "test", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(nlohmann::json::parse(result.out)["sentences"], 30);
}

// Every head of the 1+2-layer, 2-head model: its cross heads' AER is the
// card's (the same test split, forced the same way); shares only where
// their test applies.
TEST_F(TrainTransformerCommand, evalHeadsListsEveryHeadWithItsRoleShares) {
  ASSERT_EQ(train_.exit_code, 0) << train_.err;
  const auto result =
      run_cli({"eval", "--model", model_, "--corpus", corpus_, "--split", "test", "--heads", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json heads = nlohmann::json::parse(result.out)["heads"];
  ASSERT_EQ(heads.size(), 10u);  // encoder self 1x2, decoder self 2x2, cross 2x2
  const nlohmann::json card = nlohmann::json::parse(read_transformer_file(model_).card_json);
  size_t cross = 0;
  for (const nlohmann::json& head : heads) {
    EXPECT_GE(head["end_of_sentence"].get<double>(), 0.0);
    EXPECT_LE(head["end_of_sentence"].get<double>(), 1.0);
    if (head["kind"] == "cross") {
      EXPECT_TRUE(head["previous"].is_null());
      EXPECT_NEAR(head["aer"].get<double>(), card["test_head_aer"][cross++]["aer"].get<double>(), 1e-4);
    } else {
      EXPECT_TRUE(head["aer"].is_null());
      EXPECT_GE(head["previous"].get<double>() + head["self"].get<double>() + head["next"].get<double>(), 0.0);
    }
  }
  EXPECT_EQ(cross, 4u);
  const auto text = run_cli({"eval", "--model", model_, "--corpus", corpus_, "--split", "test", "--heads"});
  EXPECT_THAT(text.out, HasSubstr("encoder_self L0 H1"));
}

TEST_F(TrainTransformerCommand, dModelNotDivisibleByHeadsIsAUsageError) {
  const auto result = run_cli({"train", "--family", "transformer", "--d-model", "10", "--heads", "4",
                               "--out", model_ + ".x", "--corpus", corpus_});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--d-model 10 is not divisible by --heads 4"));
  EXPECT_FALSE(std::filesystem::exists(model_ + ".x"));
}

TEST_F(TrainTransformerCommand, aSeq2seqModelStillNeedsItsScoreFunction) {
  const auto result = run_cli({"train", "--out", model_ + ".x", "--corpus", corpus_});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--score is required for --family seq2seq"));
}

}  // namespace
}  // namespace attnviz
