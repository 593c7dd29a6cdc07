// `attnviz-cli export` run as a user would, its files read back.
#include "CliRunner.h"
#include "ExportTestData.h"

#include "export/MatrixFiles.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

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

// Every cross-attention head of the 2-layer, 4-head fixture Transformer in
// one figure, each panel titled with its head; a GRU has no self-attention
// heads to draw, and --heads takes a sentence, not a matrix file.
TEST(ExportCli, headsDrawsEveryHeadOfTheKindOnce) {
  ScratchFolder folder;
  const std::string transformer = std::string(ATTNVIZ_FIXTURES_DIR) + "/transformer/transformer.safetensors";
  const auto out = (folder / "heads.svg").string();
  const CliResult result = run_cli({"export", "--model", transformer, "--heads", "cross", "--out", out, "the red car ."});
  if (built_without_qt(result)) GTEST_SKIP() << "attnviz-cli was built without Qt";
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string svg = read_file_bytes(out);
  for (int layer = 0; layer < 2; ++layer)
    for (int head = 0; head < 4; ++head) {
      const std::string title = "cross, layer " + std::to_string(layer) + ", head " + std::to_string(head);
      EXPECT_EQ(svg.find(title), svg.rfind(title)) << title;
      EXPECT_NE(svg.find(title), std::string::npos) << title;
    }
  EXPECT_EQ(svg.find("mean over heads"), std::string::npos);
  const CliResult gru = run_cli({"export", "--model", kDot, "--heads", "decoder_self", "--out", out, "the red car ."});
  EXPECT_EQ(gru.exit_code, 2);
  EXPECT_THAT(gru.err, HasSubstr("has no decoder_self heads"));
  const CliResult csv = run_cli({"export", "--model", transformer, "--heads", "cross", "--out", (folder / "h.csv").string(),
                                 "the red car ."});
  EXPECT_EQ(csv.exit_code, 2);
  EXPECT_THAT(csv.err, HasSubstr("--out a picture"));
}

// tests/fixtures/npy_heads (tools/make_npy_heads_fixtures.py): .npy files
// that numpy wrote, and their values as numpy reads them back, in C order.
const std::filesystem::path kNpyHeads = std::filesystem::path(ATTNVIZ_FIXTURES_DIR) / "npy_heads";

std::vector<double> numpy_values(const std::string& name) {
  return nlohmann::json::parse(read_file_bytes(kNpyHeads / (name + ".expected.json")))["values"];
}

// A [layers, heads, tgt, src] .npy: one CSV per layer and head, named
// <stem>.L<layer>.H<head>.csv, each holding that head's values.
TEST(ExportCli, aMatrixWithLayersAndHeadsBecomesOneCsvPerHead) {
  ScratchFolder folder;
  const std::string out = (folder / "out").string();
  const CliResult result =
      run_cli({"export", "--matrix", (kNpyHeads / "layers_heads_f2.npy").string(), "--out-dir", out, "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(out)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"layers_heads_f2.L0.H0.csv", "layers_heads_f2.L0.H1.csv",
                                             "layers_heads_f2.L0.H2.csv", "layers_heads_f2.L1.H0.csv",
                                             "layers_heads_f2.L1.H1.csv", "layers_heads_f2.L1.H2.csv"}));
  const std::vector<double> numpy = numpy_values("layers_heads_f2");
  for (int layer = 0; layer < 2; ++layer)
    for (int head = 0; head < 3; ++head) {
      const std::string name = "layers_heads_f2.L" + std::to_string(layer) + ".H" + std::to_string(head) + ".csv";
      ASSERT_EQ(line_count(read_file_bytes(std::filesystem::path(out) / name)), 5) << name << ": a header and 4 rows";
      const Alignment a = read_matrix_file(std::filesystem::path(out) / name).front().alignment;
      EXPECT_EQ(a.source_tokens, (std::vector<std::string>{"die", "Katze", "schläft", "hier", "</s>"}));
      EXPECT_EQ(a.target_tokens, (std::vector<std::string>{"the", "cat", "sleeps", "</s>"}));
      for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 5; ++c)
          EXPECT_EQ(a.primary().weights(r, c),
                    static_cast<float>(numpy[static_cast<size_t>(((layer * 3 + head) * 4 + r) * 5 + c)]))
              << name << " [" << r << "][" << c << "]";
    }
}

TEST(ExportCli, aSingleMatrixToAFolderKeepsItsOneFile) {
  ScratchFolder folder;
  write_matrix_file(folder / "in.npy", {test::sample_alignment()});
  const std::string out = (folder / "out").string();
  const CliResult result = run_cli({"export", "--matrix", (folder / "in.npy").string(), "--out-dir", out, "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(out) / "in.csv"));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(out), {}), 1);
}

// What `translate --format json` prints for a Transformer (every map of the
// result in "maps") re-opens as a matrix file with every map, its headline
// the "attention" the line printed.
TEST(ExportCli, aTransformersTranslateJsonReopensWithEveryMap) {
  ScratchFolder folder;
  const std::string model = std::string(ATTNVIZ_FIXTURES_DIR) + "/transformer/transformer.safetensors";
  const CliResult result = run_cli({"translate", "--model", model, "--format", "json", "the red car ."});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::ofstream(folder / "t.json") << result.out;
  const nlohmann::json printed = nlohmann::json::parse(result.out);
  const Alignment read = read_matrix_file(folder / "t.json").front().alignment;
  ASSERT_GT(printed["maps"].size(), 1u);
  ASSERT_EQ(read.maps.size(), 1 + printed["maps"].size());
  EXPECT_EQ(read.primary().head, kMeanOverHeads);
  const auto attention = printed["attention"].get<std::vector<std::vector<float>>>();
  for (size_t r = 0; r < attention.size(); ++r)
    for (size_t c = 0; c < attention[r].size(); ++c)
      EXPECT_NEAR(read.primary().weights(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)), attention[r][c], 1e-6f);
  for (size_t i = 0; i < printed["maps"].size(); ++i) {
    const nlohmann::json& map = printed["maps"][i];
    const AttentionMap& reopened = read.maps[i + 1];
    EXPECT_EQ(to_string(reopened.kind), map["kind"].get<std::string>());
    EXPECT_EQ(reopened.layer, map["layer"].get<int>());
    EXPECT_EQ(reopened.head, map["head"].get<int>());
    const auto weights = map["weights"].get<std::vector<std::vector<float>>>();
    ASSERT_EQ(static_cast<size_t>(reopened.weights.rows()), weights.size()) << reopened.name;
    for (size_t r = 0; r < weights.size(); ++r)
      for (size_t c = 0; c < weights[r].size(); ++c)
        EXPECT_EQ(reopened.weights(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)), weights[r][c]) << reopened.name;
  }
}

}  // namespace
}  // namespace attnviz
