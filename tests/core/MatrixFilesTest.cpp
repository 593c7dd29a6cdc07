// Matrices written as CSV, JSON and .npy and read back from real files.
#include "ExportTestData.h"

#include "export/MatrixFileError.h"
#include "export/MatrixFiles.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

namespace attnviz {
namespace {

using test::sample_alignment;
using test::ScratchFolder;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

void expect_same_matrix(const RowMatrix& read, const RowMatrix& written) {
  ASSERT_EQ(read.rows(), written.rows());
  ASSERT_EQ(read.cols(), written.cols());
  for (Eigen::Index r = 0; r < read.rows(); ++r)
    for (Eigen::Index c = 0; c < read.cols(); ++c) EXPECT_FLOAT_EQ(read(r, c), written(r, c)) << r << "," << c;
}

void expect_same_labels(const Alignment& read, const Alignment& written) {
  EXPECT_EQ(read.source_tokens, written.source_tokens);
  EXPECT_EQ(read.target_tokens, written.target_tokens);
}

class MatrixRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(MatrixRoundTrip, readsBackTheSameMatrixAndLabels) {
  ScratchFolder folder;
  const ModelAlignment written = sample_alignment();
  const auto path = folder / ("matrix." + GetParam());
  write_matrix_file(path, {written});
  const ModelAlignments read = read_matrix_file(path);
  ASSERT_EQ(read.size(), 1u);
  expect_same_labels(read[0].alignment, written.alignment);
  expect_same_matrix(read[0].alignment.primary().weights, written.alignment.primary().weights);
  EXPECT_EQ(read[0].model.name, "additive");
}

INSTANTIATE_TEST_SUITE_P(EveryFormat, MatrixRoundTrip, ::testing::Values("csv", "json", "npy"));

class SeveralModels : public ::testing::TestWithParam<std::string> {};

TEST_P(SeveralModels, keepOneBlockPerModelInOrder) {
  ScratchFolder folder;
  ModelAlignment second = sample_alignment("dot");
  second.alignment.maps[0].weights.reverseInPlace();
  const auto path = folder / ("two." + GetParam());
  write_matrix_file(path, {sample_alignment("additive"), second});
  const ModelAlignments read = read_matrix_file(path);
  ASSERT_EQ(read.size(), 2u);
  EXPECT_EQ(read[0].model.name, "additive");
  EXPECT_EQ(read[1].model.name, "dot");
  expect_same_matrix(read[1].alignment.primary().weights, second.alignment.primary().weights);
}

INSTANTIATE_TEST_SUITE_P(TextFormats, SeveralModels, ::testing::Values("csv", "json"));

TEST(MatrixFiles, jsonKeepsProvenanceAndScores) {
  ScratchFolder folder;
  const ModelAlignment written = sample_alignment();
  write_matrix_file(folder / "m.json", {written});
  const ModelAlignment read = read_matrix_file(folder / "m.json").front();
  EXPECT_EQ(read.model.sha256, written.model.sha256);
  EXPECT_EQ(read.model.score, "additive");
  EXPECT_EQ(read.alignment.mode, DecodeMode::Beam);
  EXPECT_EQ(read.alignment.beam_width, 4);
  expect_same_matrix(read.alignment.primary().scores, written.alignment.primary().scores);
}

TEST(MatrixFiles, csvHasTokenLabelsAsHeaderRowAndFirstColumn) {
  ScratchFolder folder;
  write_matrix_file(folder / "m.csv", {sample_alignment()});
  std::ifstream in(folder / "m.csv");
  std::string header, first_row;
  std::getline(in, header);
  std::getline(in, first_row);
  EXPECT_EQ(header, R"(additive,the,"red, ""big""",car,é,</s>)");
  EXPECT_EQ(first_row.substr(0, first_row.find(',')), "la");
}

TEST(MatrixFiles, npyRefusesSeveralModels) {
  ScratchFolder folder;
  EXPECT_THAT([&] { write_matrix_file(folder / "m.npy", {sample_alignment(), sample_alignment("dot")}); },
              ThrowsMessage<MatrixFileError>(HasSubstr("one matrix, but 2 models")));
  EXPECT_EQ(folder.file_count(), 0u);
}

TEST(MatrixFiles, readsTheSimpleJsonPeopleDump) {
  ScratchFolder folder;
  write_text(folder / "hf.json", R"({"src_tokens": ["a", "b"], "tgt_tokens": ["x"], "attention": [[0.25, 0.75]]})");
  const ModelAlignment read = read_matrix_file(folder / "hf.json").front();
  EXPECT_EQ(read.model.name, "hf");
  EXPECT_EQ(read.alignment.primary().weights(0, 1), 0.75f);
  EXPECT_EQ(read.alignment.primary().scores.size(), 0);
}

TEST(MatrixFiles, readsAnNpyWithLabelsGivenSeparately) {
  ScratchFolder folder;
  write_matrix_file(folder / "m.npy", {sample_alignment()});
  std::filesystem::rename(folder / "m.tokens.json", folder / "labels.json");
  const ModelAlignment read = read_matrix_file(folder / "m.npy", folder / "labels.json").front();
  EXPECT_EQ(read.alignment.target_tokens.size(), 4u);
}

TEST(MatrixFiles, npyWithoutLabelsNamesTheMissingSideFile) {
  ScratchFolder folder;
  write_matrix_file(folder / "m.npy", {sample_alignment()});
  std::filesystem::remove(folder / "m.tokens.json");
  EXPECT_THAT([&] { read_matrix_file(folder / "m.npy"); },
              ThrowsMessage<MatrixFileError>(HasSubstr("m.tokens.json")));
}

struct BadFile {
  std::string name;
  std::string text;
  std::string message;
};

class RejectedMatrix : public ::testing::TestWithParam<BadFile> {};

TEST_P(RejectedMatrix, namesTheFileAndTheProblem) {
  ScratchFolder folder;
  write_text(folder / GetParam().name, GetParam().text);
  EXPECT_THAT([&] { read_matrix_file(folder / GetParam().name); },
              ThrowsMessage<MatrixFileError>(
                  AllOf(HasSubstr(GetParam().name), HasSubstr(GetParam().message))));
}

INSTANTIATE_TEST_SUITE_P(
    Catalogue, RejectedMatrix,
    ::testing::Values(
        BadFile{"short.csv", "m,a,b\nx,0.5\n", "line 2 (\"x\") has 1 weights, the header has 2"},
        BadFile{"word.csv", "m,a\nx,high\n", "line 2: \"high\" is not a number"},
        BadFile{"open.csv", "m,\"a\nx,1\n", "line 1: a quoted field is never closed"},
        BadFile{"header.csv", "m,a,b\n", "at least one target row"},
        BadFile{"empty.csv", "", "is empty"},
        BadFile{"nan.csv", "m,a\nx,nan\n", "attention [0][0] is not a finite number"},
        BadFile{"shape.json", R"({"src_tokens":["a"],"tgt_tokens":["x","y"],"attention":[[1]]})",
                "shape [1,1], the tokens say [2,1]"},
        BadFile{"ragged.json", R"({"src_tokens":["a","b"],"tgt_tokens":["x","y"],"attention":[[1,0],[1]]})",
                "\"attention\" row 1 is not an array of 2 numbers"},
        BadFile{"nokey.json", R"({"src_tokens":["a"],"attention":[[1]]})", "has no \"tgt_tokens\""},
        BadFile{"twice.json", R"({"src_tokens":["a"],"src_tokens":["b"],"tgt_tokens":["x"],"attention":[[1]]})",
                "repeats the key \"src_tokens\""},
        BadFile{"bom.json", "\xEF\xBB\xBF{}", "byte-order mark"},
        BadFile{"nul.json", std::string("{}\0x", 4), "NUL byte"},
        BadFile{"deep.json", std::string(100, '[') + std::string(100, ']'), "nests deeper than"},
        BadFile{"broken.json", R"({"src_tokens": [)", "is not valid JSON"},
        BadFile{"lines.json", "{\"src_tokens\":[\"a\"],\"tgt_tokens\":[\"x\"],\"attention\":[[1]]}\n{\"x\":\n",
                "line 2"},
        BadFile{"mode.json", R"({"src_tokens":["a"],"tgt_tokens":["x"],"attention":[[1]],"mode":"sampling"})",
                "\"mode\" is \"sampling\""},
        BadFile{"m.txt", "m,a\nx,1\n", "unknown extension \".txt\""}),
    [](const auto& info) { return info.param.name.substr(0, info.param.name.find('.')); });

}  // namespace
}  // namespace attnviz
