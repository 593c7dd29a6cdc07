// Attention with layers and heads from other tools (issue 13): .npy files
// that numpy itself wrote (tests/fixtures/npy_heads, made by
// tools/make_npy_heads_fixtures.py) read into one map per layer and head,
// every value equal to what numpy reads back from the same file; our own
// JSON "maps" re-opened; and the refusals. ExportCliTest runs `export
// --matrix --out-dir` on the same fixtures.
#include "ExportTestData.h"

#include "export/MatrixFileError.h"
#include "export/MatrixFiles.h"
#include "export/NpyFile.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>

namespace attnviz {
namespace {

using test::ScratchFolder;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

const std::filesystem::path kFixtures = std::filesystem::path(ATTNVIZ_FIXTURES_DIR) / "npy_heads";

struct Expected {
  std::string dtype;
  bool fortran_order = false;
  std::vector<long long> shape;
  std::vector<double> values;  // C order, as numpy reads them back
};

Expected expected_of(const std::string& name) {
  const nlohmann::json json = nlohmann::json::parse(read_file_bytes(kFixtures / (name + ".expected.json")));
  return {json["dtype"], json["fortran_order"], json["shape"], json["values"]};
}

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Every (layer, head) map of `alignment`, after the headline, equals the
// numpy array [layers, heads, tgt, src] (batch axis dropped) value for value.
void expect_maps_equal_numpy(const Alignment& alignment, const Expected& expected, int layers, int heads) {
  const long long rows = 4, cols = 5;
  ASSERT_EQ(alignment.maps.size(), static_cast<size_t>(1 + layers * heads));
  for (int layer = 0; layer < layers; ++layer)
    for (int head = 0; head < heads; ++head) {
      const AttentionMap& map = alignment.maps[static_cast<size_t>(1 + layer * heads + head)];
      EXPECT_EQ(map.kind, MapKind::Cross);
      EXPECT_EQ(map.layer, layer);
      EXPECT_EQ(map.head, head);
      EXPECT_EQ(map.name, "cross, layer " + std::to_string(layer) + ", head " + std::to_string(head));
      ASSERT_EQ(map.weights.rows(), rows);
      ASSERT_EQ(map.weights.cols(), cols);
      for (long long r = 0; r < rows; ++r)
        for (long long c = 0; c < cols; ++c) {
          const size_t i = static_cast<size_t>(((layer * heads + head) * rows + r) * cols + c);
          EXPECT_EQ(map.weights(r, c), static_cast<float>(expected.values[i]))
              << "layer " << layer << " head " << head << " [" << r << "][" << c << "]";
        }
    }
}

// The headline: the last layer's cross-attention averaged over its heads.
void expect_headline(const Alignment& alignment, int layers, int heads) {
  const AttentionMap& headline = alignment.primary();
  EXPECT_EQ(headline.kind, MapKind::Cross);
  EXPECT_EQ(headline.layer, layers - 1);
  EXPECT_EQ(headline.head, kMeanOverHeads);
  RowMatrix mean = RowMatrix::Zero(4, 5);
  for (int head = 0; head < heads; ++head)
    mean += alignment.maps[static_cast<size_t>(1 + (layers - 1) * heads + head)].weights;
  mean /= static_cast<float>(heads);
  EXPECT_TRUE(headline.weights.isApprox(mean, 1e-6f));
  for (Eigen::Index r = 0; r < 4; ++r) EXPECT_NEAR(headline.weights.row(r).sum(), 1.0f, 2e-3f);
}

struct Fixture {
  std::string name;
  std::string dtype;
  bool fortran_order;
  int layers, heads;
};

class NumpyFixture : public ::testing::TestWithParam<Fixture> {};

TEST_P(NumpyFixture, givesOneMapPerLayerAndHeadWithNumpysValues) {
  const Fixture& f = GetParam();
  const Expected expected = expected_of(f.name);
  ASSERT_EQ(expected.dtype, f.dtype) << "the fixture is the layout this test is about";
  ASSERT_EQ(expected.fortran_order, f.fortran_order);
  const ModelAlignments read = read_matrix_file(kFixtures / (f.name + ".npy"));
  ASSERT_EQ(read.size(), 1u);
  const Alignment& a = read.front().alignment;
  EXPECT_EQ(read.front().model.name, f.name);
  EXPECT_EQ(a.source_tokens, (std::vector<std::string>{"die", "Katze", "schläft", "hier", "</s>"}));
  EXPECT_EQ(a.target_tokens, (std::vector<std::string>{"the", "cat", "sleeps", "</s>"}));
  expect_maps_equal_numpy(a, expected, f.layers, f.heads);
  expect_headline(a, f.layers, f.heads);
}

INSTANTIATE_TEST_SUITE_P(
    Layouts, NumpyFixture,
    ::testing::Values(Fixture{"layers_heads_f2", "<f2", false, 2, 3},              // 4-D float16
                      Fixture{"heads_f8_big", ">f8", false, 1, 3},                 // 3-D big-endian float64
                      Fixture{"layers_heads_f4_fortran", "<f4", true, 2, 2},       // 4-D Fortran order
                      Fixture{"hf_batch1_f4", ">f4", false, 2, 2}),                // 5-D, batch 1
    [](const auto& info) { return info.param.name; });

// An array as a writer would save it: version 1, the given dict, the raw bytes.
std::string npy_bytes(const std::string& dict, const std::string& data) {
  std::string bytes = "\x93NUMPY\x01";
  bytes += '\0';
  bytes += static_cast<char>(dict.size() & 0xff);
  bytes += static_cast<char>(dict.size() >> 8);
  return bytes + dict + data;
}

// float16 edge cases, little- and big-endian: normal, subnormal, largest,
// negative zero, infinity (checked against numpy for all 65,536 patterns
// when this reader was written).
TEST(NpyHeads, float16BitPatternsBecomeTheirValues) {
  const std::vector<uint16_t> bits = {0x3c00, 0x3555, 0x0001, 0x03ff, 0x7bff, 0x8000, 0x7c00};
  const std::vector<float> values = {1.0f, 0.333251953125f, 5.9604644775390625e-08f, 6.0975551605224609e-05f,
                                     65504.0f, -0.0f, INFINITY};
  for (const char* order : {"<", ">"}) {
    std::string data;
    for (uint16_t b : bits) {
      const char low = static_cast<char>(b & 0xff), high = static_cast<char>(b >> 8);
      data += order[0] == '<' ? std::string{low, high} : std::string{high, low};
    }
    const std::string dict = std::string("{'descr': '") + order + "f2', 'fortran_order': False, 'shape': (1, 1, 7), }";
    const NpyArray array = parse_npy_array(npy_bytes(dict, data), "half.npy");
    EXPECT_EQ(array.heads, 1);
    ASSERT_EQ(array.values.size(), values.size());
    for (size_t i = 0; i < values.size(); ++i) {
      EXPECT_EQ(array.values[i], values[i]) << order << " " << std::hex << bits[i];
      EXPECT_EQ(std::signbit(array.values[i]), std::signbit(values[i]));
    }
  }
}

TEST(NpyHeads, aBatchOfTwoIsRefusedSayingSo) {
  EXPECT_THAT([] { read_matrix_file(kFixtures / "hf_batch2_f4.npy"); },
              ThrowsMessage<MatrixFileError>(AllOf(HasSubstr("hf_batch2_f4.npy"), HasSubstr("a batch of 2"),
                                                   HasSubstr("only batch 1 is read"))));
}

TEST(NpyHeads, tokensThatDoNotMatchTheShapeAreRefused) {
  ScratchFolder folder;
  write_text(folder / "three.tokens.json", R"({"src_tokens": ["a", "b", "</s>"], "tgt_tokens": ["x", "y", "z", "</s>"]})");
  EXPECT_THAT([&] { read_matrix_file(kFixtures / "layers_heads_f2.npy", folder / "three.tokens.json"); },
              ThrowsMessage<MatrixFileError>(AllOf(HasSubstr("layers_heads_f2.npy"),
                                                   HasSubstr("(cross, layer 0, head 0) has shape [4,5]"),
                                                   HasSubstr("the tokens say [4,3]"))));
}

std::string floats(std::initializer_list<float> values) {
  return {reinterpret_cast<const char*>(values.begin()), values.size() * sizeof(float)};
}

struct BadHeads {
  std::string label;
  std::string dict;
  std::string data;
  std::string message;
};

class RejectedHeads : public ::testing::TestWithParam<BadHeads> {};

TEST_P(RejectedHeads, namesTheFileAndTheProblem) {
  ScratchFolder folder;
  write_text(folder / "bad.npy", npy_bytes(GetParam().dict, GetParam().data));
  write_text(folder / "bad.tokens.json", R"({"src_tokens": ["a", "</s>"], "tgt_tokens": ["</s>"]})");
  EXPECT_THAT([&] { read_matrix_file(folder / "bad.npy"); },
              ThrowsMessage<MatrixFileError>(AllOf(HasSubstr("bad.npy"), HasSubstr(GetParam().message))));
}

INSTANTIATE_TEST_SUITE_P(
    Catalogue, RejectedHeads,
    ::testing::Values(
        BadHeads{"nan", "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 1, 2), }", floats({0.5f, 0.5f, NAN, 1}),
                 "attention (cross, layer 0, head 1) [0][0] is not a finite number"},
        BadHeads{"inf", "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 1, 1, 2), }",
                 floats({0.5f, 0.5f, INFINITY, 0}), "attention (cross, layer 1, head 0) [0][0] is not a finite number"},
        BadHeads{"negative", "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 1, 2), }",
                 floats({1.5f, -0.5f, 0.5f, 0.5f}), "(cross, layer 0, head 0) [0][1] is -0.5"},
        BadHeads{"negative2d", "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2), }", floats({1.5f, -0.5f}),
                 "attention [0][1] is -0.5"},
        BadHeads{"complex", "{'descr': '<c8', 'fortran_order': False, 'shape': (1, 2), }", floats({1, 0, 0, 0}),
                 "dtype '<c8' is not supported; expected float16, float32 or float64"},
        BadHeads{"sixD", "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1, 1, 1, 1, 2), }", floats({1, 0}),
                 "expected 2 to 5 dimensions"},
        BadHeads{"noHeads", "{'descr': '<f4', 'fortran_order': False, 'shape': (0, 1, 2), }", "",
                 "has no layers or heads"},
        BadHeads{"short", "{'descr': '>f2', 'fortran_order': False, 'shape': (2, 2, 1, 2), }", "ab",
                 "holds 2 data bytes; shape (2, 2, 1, 2) and dtype '>f2' say 16"},
        BadHeads{"emptySide", "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 1, 0), }", "",
                 "(cross, layer 0, head 0) has shape [1,0], the tokens say [1,2]"},
        BadHeads{"noShape", "{'descr': '<f4', 'fortran_order': False, }", floats({1, 0}),
                 "the .npy header has no readable 'shape' entry"}),
    [](const auto& info) { return info.param.label; });

// What `translate --format json` writes for a model with heads: the
// headline as "attention", every head in "maps".
TEST(JsonHeads, ourOwnJsonReopensWithEveryMap) {
  ScratchFolder folder;
  const ModelAlignment original = read_matrix_file(kFixtures / "layers_heads_f2.npy").front();
  write_matrix_file(folder / "all.json", {original});
  const ModelAlignment read = read_matrix_file(folder / "all.json").front();
  ASSERT_EQ(read.alignment.maps.size(), original.alignment.maps.size());
  for (size_t i = 0; i < read.alignment.maps.size(); ++i) {
    const AttentionMap& a = read.alignment.maps[i];
    const AttentionMap& b = original.alignment.maps[i];
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.layer, b.layer);
    EXPECT_EQ(a.head, b.head);
    EXPECT_TRUE(a.weights.isApprox(b.weights, 1e-6f)) << a.name;
  }
}

TEST(JsonHeads, selfAttentionMapsHaveTheirOwnAxes) {
  ScratchFolder folder;
  write_text(folder / "t.json", R"({"src_tokens": ["a", "</s>"], "tgt_tokens": ["x", "y", "</s>"], "maps": [
      {"kind": "encoder_self", "layer": 0, "head": 0, "weights": [[1, 0], [0.5, 0.5]]},
      {"kind": "decoder_self", "layer": 0, "head": 0, "weights": [[1, 0, 0], [0.5, 0.5, 0], [0.2, 0.3, 0.5]]},
      {"kind": "cross", "layer": 0, "head": 0, "weights": [[1, 0], [0, 1], [0.5, 0.5]]},
      {"kind": "cross", "layer": 0, "head": 1, "weights": [[0, 1], [1, 0], [0.5, 0.5]]}]})");
  const Alignment a = read_matrix_file(folder / "t.json").front().alignment;
  ASSERT_EQ(a.maps.size(), 5u);
  EXPECT_EQ(a.primary().head, kMeanOverHeads);
  EXPECT_EQ(a.primary().weights, (RowMatrix(3, 2) << 0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f).finished());
  EXPECT_EQ(a.maps[1].kind, MapKind::EncoderSelf);
  EXPECT_EQ(a.maps[1].rows, MapAxis::Source);
  EXPECT_EQ(a.maps[2].cols, MapAxis::DecoderInput);
}

TEST(JsonHeads, aMapOfTheWrongShapeOrKindIsNamed) {
  ScratchFolder folder;
  write_text(folder / "shape.json", R"({"src_tokens": ["a", "</s>"], "tgt_tokens": ["</s>"], "maps": [
      {"kind": "cross", "layer": 0, "head": 0, "weights": [[1, 0]]},
      {"kind": "encoder_self", "layer": 0, "head": 0, "weights": [[1, 0]]}]})");
  EXPECT_THAT([&] { read_matrix_file(folder / "shape.json"); },
              ThrowsMessage<MatrixFileError>(AllOf(HasSubstr("shape.json"),
                                                   HasSubstr("(encoder_self, layer 0, head 0) has shape [1,2]"),
                                                   HasSubstr("the tokens say [2,2] (source, source)"))));
  write_text(folder / "kind.json", R"({"src_tokens": ["</s>"], "tgt_tokens": ["</s>"], "maps": [
      {"kind": "cross", "layer": 0, "head": 0, "weights": [[1]]}, {"kind": "self", "layer": 0, "head": 1, "weights": [[1]]}]})");
  EXPECT_THAT([&] { read_matrix_file(folder / "kind.json"); },
              ThrowsMessage<MatrixFileError>(AllOf(HasSubstr("kind.json"), HasSubstr("\"maps\" entry 1 has kind \"self\""))));
}

}  // namespace
}  // namespace attnviz
