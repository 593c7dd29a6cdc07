// The CLI's contract with scripts: exit codes and one clear line on stderr.
#include "CliRunner.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

using attnviz::testing::run_cli;
using ::testing::HasSubstr;
using ::testing::StartsWith;

namespace {

int line_count(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

std::filesystem::path scratch_file(const std::string& name, const std::string& bytes) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(CliUsage, noSubcommandIsAUsageErrorWithOneLine) {
  const auto result = run_cli({});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(line_count(result.err), 1);
  EXPECT_THAT(result.err, StartsWith("attnviz-cli: "));
}

TEST(CliUsage, unknownOptionIsAUsageError) {
  const auto result = run_cli({"translate", "--no-such-option", "the car"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("--no-such-option"));
}

TEST(CliUsage, sentenceAndInputTogetherIsAUsageError) {
  const auto result = run_cli({"translate", "--input", "x.txt", "the car"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("either a SENTENCE or --input"));
}

TEST(CliUsage, beamWidthOutOfRangeIsAUsageError) {
  EXPECT_EQ(run_cli({"translate", "--beam", "0", "the car"}).exit_code, 2);
}

TEST(CliUsage, missingInputFileIsAnIoErrorNamingIt) {
  const auto result = run_cli({"translate", "--input", "/nonexistent/sentences.txt"});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_THAT(result.err, HasSubstr("/nonexistent/sentences.txt"));
  EXPECT_EQ(line_count(result.err), 1);
}

TEST(CliUsage, unknownModelNameIsAnErrorNamingIt) {
  const auto result = run_cli({"translate", "--model", "no_such_model", "the car"});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_THAT(result.err, HasSubstr("no_such_model"));
}

TEST(CliUsage, rejectedModelFileExitsWithCode3AndNamesTheFile) {
  const auto garbage = scratch_file("attnviz-garbage.safetensors", "this is not a model file at all");
  const auto result = run_cli({"translate", "--model", garbage.string(), "the car"});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_THAT(result.err, HasSubstr("attnviz-garbage.safetensors"));
  EXPECT_EQ(line_count(result.err), 1);
  std::filesystem::remove(garbage);
}

TEST(CliUsage, helpSucceedsAndListsTheSubcommands) {
  const auto result = run_cli({"--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_THAT(result.out, HasSubstr("translate"));
  EXPECT_THAT(result.out, HasSubstr("list-models"));
}

TEST(CliUsage, listModelsJsonNamesEachModelsFamily) {
  const auto result = run_cli({"list-models", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json models = nlohmann::json::parse(result.out);
  int transformers = 0;
  for (const nlohmann::json& model : models) {
    const bool transformer = model["name"] == "transformer";  // the shipped Transformer; every other is a GRU
    EXPECT_EQ(model["family"], transformer ? "transformer" : "seq2seq") << model["name"];
    transformers += transformer;
  }
  EXPECT_EQ(transformers, 1);
}

// The shipped score-function models attend globally; their files predate
// the `mechanism` key, which the loader then reads as global.
TEST(CliUsage, listModelsJsonNamesTheScoreFunctionModelsMechanismGlobal) {
  const auto result = run_cli({"list-models", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const nlohmann::json& model : nlohmann::json::parse(result.out)) {
    if (model["name"] == model["score"]) {
      EXPECT_EQ(model["mechanism"], "global") << model["name"];
    }
  }
}

}  // namespace
