// `attnviz-cli export` run as a user would, its files read back.
#include "CliRunner.h"
#include "ExportTestData.h"

#include "export/MatrixFiles.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

namespace attnviz {
namespace {

using attnviz::testing::CliResult;
using attnviz::testing::run_cli;
using test::ScratchFolder;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const std::string kAdditive = std::string(ATTNVIZ_FIXTURES_DIR) + "/parity/additive.safetensors";
const std::string kDot = std::string(ATTNVIZ_FIXTURES_DIR) + "/parity/dot.safetensors";

int line_count(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

uint32_t big_endian(const std::string& bytes, size_t offset) {
  uint32_t value = 0;
  for (size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(bytes[offset + i]);
  return value;
}

bool built_without_qt(const CliResult& result) { return result.err.find("built without Qt") != std::string::npos; }

TEST(ExportCli, jsonHoldsOneLinePerModelInOrder) {
  ScratchFolder folder;
  const auto out = (folder / "both.json").string();
  const CliResult result = run_cli({"export", "--model", kAdditive, "--model", kDot, "--out", out, "the red car"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const ModelAlignments read = read_matrix_file(out);
  ASSERT_EQ(read.size(), 2u);
  EXPECT_EQ(read[0].model.name, "additive");
  EXPECT_EQ(read[1].model.name, "dot");
  EXPECT_EQ(read[0].model.sha256.size(), 64u);
  EXPECT_EQ(read[0].alignment.source_tokens.back(), "</s>");
}

TEST(ExportCli, npyRefusesSeveralModelsWithOneLine) {
  ScratchFolder folder;
  const CliResult result =
      run_cli({"export", "--model", kAdditive, "--model", kDot, "--out", (folder / "m.npy").string(), "the car"});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_THAT(result.err, HasSubstr("one matrix, but 2 models"));
  EXPECT_EQ(line_count(result.err), 1);
  EXPECT_EQ(folder.file_count(), 0u);
}

TEST(ExportCli, unknownExtensionIsAUsageErrorListingTheKnownOnes) {
  const CliResult result = run_cli({"export", "--model", kAdditive, "--out", "/tmp/m.gif", "the car"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("unknown extension \".gif\"; expected .png, .svg, .pdf, .jpg, .csv, .json or .npy"));
}

TEST(ExportCli, batchContinuesPastAFailedLineAndNamesIt) {
  ScratchFolder folder;
  std::ofstream(folder / "sentences.txt") << "the car\n\nthe red car\nthe cat\n";
  std::filesystem::create_directory(folder / "out");
  std::filesystem::create_directory(folder / "out" / "0003-additive.csv");  // line 3's file cannot be written
  const CliResult result = run_cli({"export", "--model", kAdditive, "--input", (folder / "sentences.txt").string(),
                                    "--out-dir", (folder / "out").string(), "--format", "csv"});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_THAT(result.err, HasSubstr("attnviz-cli: line 3: cannot write"));
  EXPECT_THAT(result.err, HasSubstr("1 of 3 failed"));
  EXPECT_EQ(read_matrix_file(folder / "out" / "0001-additive.csv").size(), 1u);
  EXPECT_EQ(read_matrix_file(folder / "out" / "0004-additive.csv").size(), 1u);
}

TEST(ExportCli, outDirIsCreatedWithItsParents) {
  ScratchFolder folder;
  std::ofstream(folder / "sentences.txt") << "the car\n";
  const auto out = folder / "new" / "figures";
  const CliResult result = run_cli({"export", "--model", kAdditive, "--input", (folder / "sentences.txt").string(),
                                    "--out-dir", out.string(), "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(read_matrix_file(out / "0001-additive.csv").size(), 1u);
}

TEST(ExportCli, outDirThatIsAFileIsAUsageError) {
  ScratchFolder folder;
  std::ofstream(folder / "sentences.txt") << "the car\n";
  const CliResult result = run_cli({"export", "--model", kAdditive, "--input", (folder / "sentences.txt").string(),
                                    "--out-dir", (folder / "sentences.txt").string(), "--format", "csv"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("is a file, not a folder"));
}

TEST(ExportCli, aMatrixFileConvertsToAnother) {
  ScratchFolder folder;
  write_matrix_file(folder / "in.csv", {test::sample_alignment()});
  const CliResult result =
      run_cli({"export", "--matrix", (folder / "in.csv").string(), "--out", (folder / "out.npy").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const ModelAlignment read = read_matrix_file(folder / "out.npy").front();
  EXPECT_EQ(read.alignment.primary().weights, test::sample_alignment().alignment.primary().weights);
}

TEST(ExportCli, aMatrixBecomesAPngOfTheRequestedDpiWithoutADisplay) {
  ScratchFolder folder;
  write_matrix_file(folder / "in.json", {test::sample_alignment()});
  const auto out = (folder / "out.png").string();
  const CliResult result = run_cli({"export", "--matrix", (folder / "in.json").string(), "--dpi", "48", "--out", out});
  if (built_without_qt(result)) GTEST_SKIP() << "attnviz-cli was built without Qt";
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string png = read_file_bytes(out);
  ASSERT_THAT(png, StartsWith("\x89PNG\r\n\x1a\n"));
  EXPECT_EQ(big_endian(png, 16), 384u);  // IHDR width: 8 inches at 48 DPI
  EXPECT_EQ(big_endian(png, 20), 384u);
  EXPECT_EQ(result.err, "") << "no Qt warnings either";
}

}  // namespace
}  // namespace attnviz
