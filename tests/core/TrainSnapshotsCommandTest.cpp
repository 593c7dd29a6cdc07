// `attnviz-cli train --snapshots DIR --probe "SENTENCE"` end to end on a
// small generated corpus, for each family the trainer has: one file per
// snapshot (step 0, then every N steps) in the app's matrix JSON, named in
// training order, with step, epoch and loss; the untrained model's
// attention is near-uniform and training sharpens it; and the errors a user
// can make are refused before training starts.

#include "CliRunner.h"

#include "alignment/AttentionStatistics.h"
#include "export/MatrixFiles.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace attnviz {
namespace {

using ::testing::HasSubstr;
using attnviz::testing::run_cli;

constexpr int kEvery = 4;
constexpr int kEpochs = 3;

std::vector<std::filesystem::path> files_in(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

nlohmann::json json_of(const std::filesystem::path& file) {
  std::ifstream in(file);
  return nlohmann::json::parse(in);
}

// The mean row entropy over the largest a row of that width can have:
// 1 for uniform rows, 0 for one-hot ones.
double relative_entropy(const ModelAlignment& snapshot) {
  const RowMatrix& weights = snapshot.alignment.primary().weights;
  return mean_entropy(weights) / std::log(static_cast<double>(weights.cols()));
}

class TrainSnapshotsCommand : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = std::filesystem::temp_directory_path() / ("attnviz-snapshots-" + std::to_string(getpid()));
    corpus_ = (folder_ / "corpus").string();
    ASSERT_EQ(run_cli({"corpus", "--out", corpus_, "--train", "300", "--valid", "40", "--test", "20", "--long",
                       "5", "--longer", "5", "--novel", "5", "--seed", "3"}).exit_code, 0);
    std::ifstream train(folder_ / "corpus" / "train.tsv");
    std::getline(train, probe_source_, '\t');
    std::getline(train, probe_target_);
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(folder_); }

  // Trains with `extra` arguments and the probe; returns the snapshot folder.
  static std::filesystem::path train(const std::string& name, std::vector<std::string> extra,
                                     const std::string& probe) {
    const std::filesystem::path snapshots = folder_ / name;
    std::vector<std::string> arguments = {"train", "--corpus", corpus_, "--out", (folder_ / (name + ".safetensors")).string(),
                                          "--epochs", std::to_string(kEpochs), "--threads", "1", "--seed", "2",
                                          "--snapshots", snapshots.string(), "--probe", probe,
                                          "--snapshot-every", std::to_string(kEvery)};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    const auto result = run_cli(arguments);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return snapshots;
  }

  // Every check on a run's files; `uniform_first`: global attention starts
  // near-uniform, a local window does not.
  static void check_snapshots(const std::filesystem::path& snapshots, bool uniform_first) {
    const std::vector<std::filesystem::path> files = files_in(snapshots);
    ASSERT_GE(files.size(), 3u);
    const nlohmann::json first = json_of(files.front());
    const long long steps = kEpochs * first["batches"].get<long long>();
    EXPECT_EQ(files.size(), static_cast<size_t>((steps - 1) / kEvery + 1));
    for (size_t i = 0; i < files.size(); ++i) {
      const nlohmann::json snapshot = json_of(files[i]);
      EXPECT_EQ(snapshot["step"], static_cast<long long>(i) * kEvery) << files[i];
      EXPECT_EQ(files[i].filename().string(), "step-" + std::string(8 - std::to_string(i * kEvery).size(), '0') +
                                                  std::to_string(i * kEvery) + ".json");
      EXPECT_GE(snapshot["epoch"].get<int>(), 1);
      EXPECT_LE(snapshot["epoch"].get<int>(), kEpochs);
      EXPECT_GT(snapshot["loss"].get<double>(), 0.0);
      EXPECT_EQ(read_matrix_file(files[i]).size(), 1u) << files[i];  // the app's reader opens it
    }
    EXPECT_EQ(first["epoch"], 1);
    EXPECT_EQ(json_of(files.back())["epoch"], kEpochs);
    EXPECT_LT(json_of(files.back())["loss"].get<double>(), first["loss"].get<double>());
    const double before = relative_entropy(read_matrix_file(files.front()).front());
    const double after = relative_entropy(read_matrix_file(files.back()).front());
    if (uniform_first) {
      EXPECT_GT(before, 0.97) << "the untrained model's attention is near-uniform";
    }
    EXPECT_LT(after, before - 0.05) << "training sharpens the probe's attention";
  }

  static inline std::filesystem::path folder_;
  static inline std::string corpus_, probe_source_, probe_target_;
};

TEST_F(TrainSnapshotsCommand, aGruWritesSnapshotsFromUniformToSharper) {
  const auto snapshots = train("general", {"--score", "general", "--embed", "16", "--hidden", "16", "--lr", "0.01"},
                               probe_source_);
  check_snapshots(snapshots, true);
  const nlohmann::json first = json_of(files_in(snapshots).front());
  EXPECT_EQ(first["probe"], "forced");  // a corpus sentence is forced onto its translation
  EXPECT_EQ(first["mode"], "forced");
  EXPECT_EQ(first["score"], "general");
  EXPECT_EQ(first["model"], "general");
}

TEST_F(TrainSnapshotsCommand, aLocalMechanismWritesSnapshotsThatSharpen) {
  check_snapshots(train("localp", {"--score", "dot", "--mechanism", "local-p", "--window", "2", "--embed", "16",
                                   "--hidden", "16", "--lr", "0.01"}, probe_source_),
                  false);
}

TEST_F(TrainSnapshotsCommand, aTransformerWritesSnapshotsWithEveryHead) {
  // A Transformer this small learns cross-attention slowly: batches of 8 give
  // it 114 steps in three epochs.
  const auto snapshots = train("transformer", {"--family", "transformer", "--d-model", "16", "--heads", "2", "--ffn",
                                               "32", "--enc-layers", "1", "--dec-layers", "1", "--warmup", "4",
                                               "--batch", "8", "--lr", "0.005"}, probe_source_);
  check_snapshots(snapshots, true);
  // One cross, one encoder and one decoder self-attention map per head.
  EXPECT_EQ(json_of(files_in(snapshots).front())["maps"].size(), 6u);
}

TEST_F(TrainSnapshotsCommand, aProbeOutsideTheCorpusIsDecodedGreedily) {
  const auto snapshots = train("greedy", {"--score", "dot", "--embed", "8", "--hidden", "8"},
                               "Where is the small dog?");
  const nlohmann::json first = json_of(files_in(snapshots).front());
  EXPECT_EQ(first["probe"], "greedy");
  EXPECT_EQ(first["src_tokens"].back(), "</s>");
}

TEST_F(TrainSnapshotsCommand, anExplicitTargetIsForced) {
  const auto snapshots = train("target", {"--score", "dot", "--embed", "8", "--hidden", "8",
                                          "--probe-target", "le chien ."}, "The dog.");
  const nlohmann::json first = json_of(files_in(snapshots).front());
  EXPECT_EQ(first["tgt_tokens"], nlohmann::json({"le", "chien", ".", "</s>"}));
}

TEST_F(TrainSnapshotsCommand, anEmptyProbeIsAUsageErrorBeforeTraining) {
  const std::string model = (folder_ / "empty.safetensors").string();
  const auto result = run_cli({"train", "--score", "dot", "--corpus", corpus_, "--out", model, "--snapshots",
                               (folder_ / "empty").string(), "--probe", "  "});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--probe is empty"));
  EXPECT_FALSE(std::filesystem::exists(model));
}

TEST_F(TrainSnapshotsCommand, snapshotsWithoutAProbeIsAUsageError) {
  const auto result = run_cli({"train", "--score", "dot", "--corpus", corpus_, "--out",
                               (folder_ / "x.safetensors").string(), "--snapshots", (folder_ / "noprobe").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--snapshots needs --probe"));
}

TEST_F(TrainSnapshotsCommand, aProbeWithoutSnapshotsIsAUsageError) {
  const auto result = run_cli({"train", "--score", "dot", "--corpus", corpus_, "--out",
                               (folder_ / "x.safetensors").string(), "--probe", "the dog ."});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--probe needs --snapshots DIR"));
}

TEST_F(TrainSnapshotsCommand, aFileWhereTheFolderShouldBeIsRefusedBeforeTraining) {
  const std::filesystem::path file = folder_ / "a-file";
  std::ofstream(file) << "x";
  const std::string model = (folder_ / "file.safetensors").string();
  const auto result = run_cli({"train", "--score", "dot", "--corpus", corpus_, "--out", model, "--snapshots",
                               file.string(), "--probe", "the dog ."});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_THAT(result.err, HasSubstr("cannot write snapshots to " + file.string() + ": it is a file, not a folder"));
  EXPECT_FALSE(std::filesystem::exists(model));
}

TEST_F(TrainSnapshotsCommand, anUncreatableFolderIsRefusedBeforeTraining) {
  const std::string model = (folder_ / "proc.safetensors").string();
  const auto result = run_cli({"train", "--score", "dot", "--corpus", corpus_, "--out", model, "--snapshots",
                               "/proc/attnviz-snapshots", "--probe", "the dog ."});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_THAT(result.err, HasSubstr("cannot write snapshots to /proc/attnviz-snapshots"));
  EXPECT_FALSE(std::filesystem::exists(model));
}

}  // namespace
}  // namespace attnviz
