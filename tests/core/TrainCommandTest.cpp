// `attnviz-cli train` and `eval` end to end on a small generated corpus: the
// written file is a valid model with its card, and eval prints what it
// promises.

#include "CliRunner.h"

#include "model/ModelFile.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace attnviz {
namespace {

using ::testing::HasSubstr;
using attnviz::testing::run_cli;

class TrainCommand : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = std::filesystem::temp_directory_path() / ("attnviz-train-" + std::to_string(getpid()));
    corpus_ = (folder_ / "corpus").string();
    model_ = (folder_ / "tiny.safetensors").string();
    ASSERT_EQ(run_cli({"corpus", "--out", corpus_, "--train", "300", "--valid", "40", "--test", "30",
                       "--long", "10", "--novel", "20"}).exit_code, 0);
    train_ = run_cli({"train", "--score", "general", "--corpus", corpus_, "--out", model_,
                      "--epochs", "2", "--embed", "8", "--hidden", "8", "--threads", "1", "--seed", "5"});
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(folder_); }

  static inline std::filesystem::path folder_;
  static inline std::string corpus_, model_;
  static inline attnviz::testing::CliResult train_;
};

TEST_F(TrainCommand, writesAModelFileWithItsTrainingCard) {
  ASSERT_EQ(train_.exit_code, 0) << train_.err;
  const Seq2SeqModelData data = read_seq2seq_file(model_);
  EXPECT_EQ(data.config.score, ScoreFunction::General);
  EXPECT_EQ(data.config.hidden, 8);
  const nlohmann::json card = nlohmann::json::parse(data.card_json);
  EXPECT_EQ(card["corpus"], corpus_);
  EXPECT_EQ(card["train_pairs"], 300);
  EXPECT_EQ(card["seed"], 5);
  EXPECT_LE(card["epochs"].get<int>(), 2);
  EXPECT_EQ(card["test_sentences"], 30);
  EXPECT_EQ(card["long_sentences"], 10);
  EXPECT_EQ(card["novel_sentences"], 20);
  EXPECT_GE(card["test_exact_match"].get<double>(), 0.0);
  EXPECT_LE(card["test_exact_match"].get<double>(), 1.0);
  EXPECT_FALSE(card["interrupted"].get<bool>());
}

TEST_F(TrainCommand, printsOnePlainLinePerEpochWhenNotOnATerminal) {
  EXPECT_THAT(train_.err, HasSubstr("epoch 1/2  loss "));
  EXPECT_THAT(train_.err, HasSubstr("valid exact "));
  EXPECT_THAT(train_.err, ::testing::Not(HasSubstr("ETA")));
  EXPECT_THAT(train_.out, HasSubstr("wrote " + model_));
}

TEST_F(TrainCommand, evalPrintsJsonWithFractionsAndBleuInRange) {
  const auto result = run_cli({"eval", "--model", model_, "--corpus", corpus_, "--split", "novel",
                               "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json report = nlohmann::json::parse(result.out);
  EXPECT_EQ(report["model"], model_);
  EXPECT_EQ(report["split"], "novel");
  EXPECT_EQ(report["sentences"], 20);
  for (const char* fraction : {"exact_match", "aer"}) {
    EXPECT_GE(report[fraction].get<double>(), 0.0) << fraction;
    EXPECT_LE(report[fraction].get<double>(), 1.0) << fraction;
  }
  EXPECT_GE(report["bleu"].get<double>(), 0.0);
  EXPECT_LE(report["bleu"].get<double>(), 100.0);
  EXPECT_GT(report["entropy"].get<double>(), 0.0);
}

TEST_F(TrainCommand, unknownScoreFunctionIsAUsageError) {
  const auto result = run_cli({"train", "--score", "bilinear", "--out", model_ + ".x"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("bilinear"));
  EXPECT_FALSE(std::filesystem::exists(model_ + ".x"));
}

TEST_F(TrainCommand, missingCorpusFolderIsAUsageErrorNamingIt) {
  const auto result = run_cli({"train", "--score", "dot", "--out", model_ + ".x", "--corpus",
                               (folder_ / "nowhere").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("nowhere"));
}

// A local-p model from the command line: its file, info and list-models
// name its mechanism and window.
TEST_F(TrainCommand, localPModelNamesItsMechanismInTheFileInfoAndListModels) {
  const std::filesystem::path models = folder_ / "local";
  std::filesystem::create_directories(models);
  const std::string model = (models / "local.safetensors").string();
  const auto trained = run_cli({"train", "--score", "dot", "--mechanism", "local-p", "--window", "3", "--corpus",
                                corpus_, "--out", model, "--epochs", "1", "--embed", "8", "--hidden", "8", "--attn", "6",
                                "--threads", "1"});
  ASSERT_EQ(trained.exit_code, 0) << trained.err;
  const Seq2SeqModelData data = read_seq2seq_file(model);
  EXPECT_EQ(data.config.mechanism, AttentionMechanism::LocalPredicted);
  EXPECT_EQ(data.config.window, 3);
  EXPECT_EQ(data.weights.position_weight.rows(), 6);
  EXPECT_EQ(nlohmann::json::parse(data.card_json)["mechanism"], "local-p");
  const auto info = run_cli({"info", "--model", model, "--format", "json"});
  ASSERT_EQ(info.exit_code, 0) << info.err;
  EXPECT_EQ(nlohmann::json::parse(info.out)["mechanism"], "local-p");
  EXPECT_EQ(nlohmann::json::parse(info.out)["window"], 3);
  EXPECT_THAT(run_cli({"info", "--model", model}).out, HasSubstr("mechanism  local-p"));
  ::setenv("ATTNVIZ_MODELS_DIR", models.c_str(), 1);
  const auto listed = run_cli({"list-models", "--format", "json"});
  ::unsetenv("ATTNVIZ_MODELS_DIR");
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  const nlohmann::json entry = nlohmann::json::parse(listed.out).at(0);
  EXPECT_EQ(entry["mechanism"], "local-p");
  EXPECT_EQ(entry["score"], "dot");
}

// A hard attention model: no window, a GRU that reads no context, and
// translations whose headline rows are exactly one-hot beside the policy.
TEST_F(TrainCommand, hardModelNamesItsMechanismAndTranslatesWithOneHotRows) {
  const std::filesystem::path models = folder_ / "hard";
  std::filesystem::create_directories(models);
  const std::string model = (models / "hard.safetensors").string();
  const auto trained = run_cli({"train", "--score", "general", "--mechanism", "hard", "--corpus", corpus_, "--out",
                                model, "--epochs", "1", "--embed", "8", "--hidden", "8", "--threads", "1"});
  ASSERT_EQ(trained.exit_code, 0) << trained.err;
  const Seq2SeqModelData data = read_seq2seq_file(model);
  EXPECT_EQ(data.config.mechanism, AttentionMechanism::Hard);
  EXPECT_EQ(data.config.window, 0);
  EXPECT_EQ(data.weights.decoder_rnn.weight_ih.cols(), 8);  // E only
  const nlohmann::json card = nlohmann::json::parse(data.card_json);
  EXPECT_EQ(card["mechanism"], "hard");
  EXPECT_FALSE(card.contains("window"));
  const auto info = run_cli({"info", "--model", model, "--format", "json"});
  ASSERT_EQ(info.exit_code, 0) << info.err;
  EXPECT_EQ(nlohmann::json::parse(info.out)["mechanism"], "hard");
  EXPECT_TRUE(nlohmann::json::parse(info.out)["window"].is_null());
  ::setenv("ATTNVIZ_MODELS_DIR", models.c_str(), 1);
  const auto listed = run_cli({"list-models", "--format", "json"});
  ::unsetenv("ATTNVIZ_MODELS_DIR");
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_EQ(nlohmann::json::parse(listed.out).at(0)["mechanism"], "hard");
  const auto translated = run_cli({"translate", "--model", model, "--format", "json", "the red car is here ."});
  ASSERT_EQ(translated.exit_code, 0) << translated.err;
  const nlohmann::json result = nlohmann::json::parse(translated.out);
  ASSERT_EQ(result["policy"].size(), result["attention"].size());
  for (size_t t = 0; t < result["attention"].size(); ++t) {
    const std::vector<double> row = result["attention"][t].get<std::vector<double>>();
    const std::vector<double> policy = result["policy"][t].get<std::vector<double>>();
    const auto chosen = std::max_element(policy.begin(), policy.end()) - policy.begin();
    for (size_t i = 0; i < row.size(); ++i) EXPECT_EQ(row[i], static_cast<long>(i) == chosen ? 1.0 : 0.0) << t;
  }
}

TEST_F(TrainCommand, aWindowForHardAttentionIsAUsageError) {
  const auto result = run_cli({"train", "--score", "dot", "--mechanism", "hard", "--window", "2", "--out",
                               model_ + ".x", "--corpus", corpus_});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--window applies to --mechanism local-m or local-p only"));
  EXPECT_FALSE(std::filesystem::exists(model_ + ".x"));
}

TEST_F(TrainCommand, localMechanismWithoutAWindowIsAUsageError) {
  const auto result = run_cli({"train", "--score", "dot", "--mechanism", "local-m", "--out", model_ + ".x",
                               "--corpus", corpus_});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--mechanism local-m needs --window D"));
  EXPECT_FALSE(std::filesystem::exists(model_ + ".x"));
}

TEST_F(TrainCommand, aWindowForGlobalAttentionIsAUsageError) {
  const auto result = run_cli({"train", "--score", "dot", "--window", "4", "--out", model_ + ".x", "--corpus", corpus_});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--window applies to --mechanism local-m or local-p only"));
}

// train --from: the file's architecture and vocabularies, trained further,
// with the earlier card kept and the epochs and time counted over both runs.
TEST_F(TrainCommand, trainingFurtherKeepsTheArchitectureAndTheEarlierCard) {
  ASSERT_EQ(train_.exit_code, 0) << train_.err;
  const std::string further = (folder_ / "further.safetensors").string();
  const auto result = run_cli({"train", "--from", model_, "--corpus", corpus_, "--train-pairs", "300", "--out",
                               further, "--epochs", "2", "--threads", "1", "--lr", "0.01"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const Seq2SeqModelData before = read_seq2seq_file(model_), after = read_seq2seq_file(further);
  EXPECT_EQ(after.config.score, ScoreFunction::General);
  EXPECT_EQ(after.config.hidden, 8);
  EXPECT_EQ(after.src_vocab.tokens(), before.src_vocab.tokens());
  const nlohmann::json earlier = nlohmann::json::parse(before.card_json);
  const nlohmann::json card = nlohmann::json::parse(after.card_json);
  EXPECT_EQ(card["continued_from"], earlier);
  EXPECT_EQ(card["total_epochs"].get<int>(), earlier["epochs"].get<int>() + card["epochs"].get<int>());
  EXPECT_GE(card["total_training_seconds"].get<double>(), earlier["training_seconds"].get<double>());
  EXPECT_LT(card["valid_loss"].get<double>(), earlier["valid_loss"].get<double>());
  EXPECT_TRUE(after.weights.encoder_embedding != before.weights.encoder_embedding);
}

// Training that cannot move the weights never improves on the file's
// valid loss: nothing is written rather than the same model with a new card.
TEST_F(TrainCommand, trainingFurtherWithoutImprovementWritesNothing) {
  ASSERT_EQ(train_.exit_code, 0) << train_.err;
  const std::string further = (folder_ / "unchanged.safetensors").string();
  const auto result = run_cli({"train", "--from", model_, "--corpus", corpus_, "--train-pairs", "300", "--out",
                               further, "--epochs", "1", "--threads", "1", "--lr", "1e-30"});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_THAT(result.err, HasSubstr("no epoch improved on the valid loss of " + model_));
  EXPECT_FALSE(std::filesystem::exists(further));
}

TEST_F(TrainCommand, trainingFurtherOnAnotherVocabularyNamesTheProblem) {
  ASSERT_EQ(train_.exit_code, 0) << train_.err;
  const auto result = run_cli({"train", "--from", model_, "--corpus", corpus_, "--train-pairs", "20", "--out",
                               model_ + ".x", "--epochs", "1", "--threads", "1"});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_THAT(result.err, HasSubstr("has other vocabularies than the model"));
  EXPECT_FALSE(std::filesystem::exists(model_ + ".x"));
}

TEST_F(TrainCommand, anArchitectureOptionWithFromIsAUsageError) {
  const auto result = run_cli({"train", "--from", model_, "--score", "dot", "--out", model_ + ".x"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--from excludes --score"));
}

// Said before the corpus is generated and the first epoch is trained, not
// after it, when the epoch would be lost.
TEST_F(TrainCommand, anUnwritableOutputIsRefusedBeforeTraining) {
  const std::string out = (folder_ / "missing" / "model.safetensors").string();
  const auto result = run_cli({"train", "--score", "dot", "--corpus", corpus_, "--out", out, "--epochs", "1",
                               "--embed", "8", "--hidden", "8", "--threads", "1"});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_THAT(result.err, HasSubstr("cannot write " + out));
  EXPECT_THAT(result.err, ::testing::Not(HasSubstr("epoch 1")));
}

TEST_F(TrainCommand, evalOfAMissingModelNamesIt) {
  const auto result = run_cli({"eval", "--model", (folder_ / "absent.safetensors").string(),
                               "--corpus", corpus_});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_THAT(result.err, HasSubstr("absent"));
}

}  // namespace
}  // namespace attnviz
