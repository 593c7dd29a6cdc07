// attnviz-cli corpus on the real binary: the files it writes and its
// usage errors.
#include "CliRunner.h"

#include "corpus/CorpusFiles.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

namespace attnviz {
namespace {

using testing::run_cli;
using ::testing::HasSubstr;

std::filesystem::path scratch_dir(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("attnviz-corpus-cli-" + name);
  std::filesystem::remove_all(dir);
  return dir;
}

TEST(CorpusCommand, writesEverySplitWithTheRequestedSizes) {
  const std::filesystem::path dir = scratch_dir("sizes");
  const auto result = run_cli({"corpus", "--out", dir.string(), "--seed", "4", "--train", "120", "--valid", "10",
                               "--test", "11", "--long", "5", "--novel", "7"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("word types"));
  const Corpus corpus = read_corpus(dir);
  EXPECT_EQ(corpus.train.size(), 120u);
  EXPECT_EQ(corpus.valid.size(), 10u);
  EXPECT_EQ(corpus.test.size(), 11u);
  EXPECT_EQ(corpus.long_test.size(), 5u);
  EXPECT_EQ(corpus.novel.size(), 7u);
  CorpusOptions options;
  options.seed = 4;
  options.train = 120;
  options.valid = 10;
  options.test = 11;
  options.long_test = 5;
  options.novel = 7;
  EXPECT_EQ(corpus.train.back().target, generate_corpus(options).train.back().target);
  std::filesystem::remove_all(dir);
}

TEST(CorpusCommand, missingOutIsAUsageError) {
  const auto result = run_cli({"corpus", "--train", "10"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--out"));
}

TEST(CorpusCommand, longLimitNotAboveTrainLimitIsAUsageError) {
  const auto result = run_cli({"corpus", "--out", scratch_dir("limits").string(), "--max-train-length", "20",
                               "--max-long-length", "20"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--max-long-length"));
}

TEST(CorpusCommand, unwritableFolderIsAnIoErrorNamingIt) {
  const auto result = run_cli({"corpus", "--out", "/proc/attnviz-no-such-dir", "--train", "10", "--valid", "1",
                               "--test", "1", "--long", "1", "--novel", "1"});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_THAT(result.err, HasSubstr("/proc/attnviz-no-such-dir"));
}

}  // namespace
}  // namespace attnviz
