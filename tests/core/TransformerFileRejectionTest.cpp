// Hostile Transformer files (issue 13): the PyTorch fixture, changed in one
// way each, must be refused by load_model with its own message naming the
// file and the problem. The container, metadata and vocabulary checks are
// the seq2seq reader's own (ModelFileRejectionTest covers them one by one);
// these are the cases of TRANSFORMER_SPEC.md and a sample of the shared ones.
#include "ModelFileEdits.h"
#include "ModelFileTestData.h"

#include "model/ModelFile.h"
#include "model/ModelFileError.h"
#include "model/TransformerFile.h"

#include <gmock/gmock.h>

#include <limits>
#include <set>

namespace attnviz::test {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using ::testing::ThrowsMessage;

const std::string kFixture = ATTNVIZ_FIXTURES_DIR "/transformer/transformer.safetensors";

struct Rejection {
  const char* name;  // the CTest name
  Edit edit;
  const char* message;
};

std::vector<Rejection> catalogue() {
  const std::string linear1 = "transformer.encoder.layers.0.linear1.weight";
  return {
      // The container, as for every model file.
      {"TruncatedInsideTheData", cut_end(4), "bytes of tensor data (is the file truncated?)"},
      {"TruncatedInsideHeader", resize(40), "goes beyond the end of the file"},
      {"DtypeF16", on_tensor("out.bias", [](json& e) { e["dtype"] = "F16"; }), "tensor out.bias has dtype \"F16\""},
      // The metadata.
      {"OtherFormat", set_metadata("format", "pytorch"),
       "metadata format is \"pytorch\", expected \"attnviz-seq2seq\" or \"attnviz-transformer\""},
      {"FormatVersion2", set_metadata("format_version", "2"), "metadata format_version is \"2\", this attnviz reads version 1"},
      {"ConfigNotAnObject", set_metadata("config", "[16]"), "config metadata is not a JSON object but [16]"},
      {"NoDModel", on_config([](json& c) { c.erase("d_model"); }), "config has no \"d_model\""},
      {"NoFfn", on_config([](json& c) { c.erase("ffn"); }), "config has no \"ffn\""},
      {"NoMaxPositions", on_config([](json& c) { c.erase("max_positions"); }), "config has no \"max_positions\""},
      {"HeadsZero", on_config([](json& c) { c["heads"] = 0; }), "config heads is 0, expected an integer in 1..4096"},
      {"DModelNotDivisibleByHeads", on_config([](json& c) { c["heads"] = 3; }),
       "config d_model 16 is not divisible by heads 3"},
      {"MaxPositionsAbsurd", on_config([](json& c) { c["max_positions"] = 100000; }),
       "config max_positions is 100000, expected an integer in 1..8192"},
      {"EncoderLayersAbsurd", on_config([](json& c) { c["enc_layers"] = 1000; }),
       "config enc_layers is 1000, expected an integer in 1..64"},
      {"DecoderLayersAString", on_config([](json& c) { c["dec_layers"] = "2"; }), "config dec_layers is \"2\""},
      {"MaxLenRatioZero", on_config([](json& c) { c["max_len_ratio"] = 0; }), "config max_len_ratio is 0"},
      {"EmptyToken", on_metadata_json("tgt_vocab", [](json& v) { v[5] = ""; }), "tgt_vocab: vocabulary token 5 is empty"},
      {"TokenOver1024Bytes", on_metadata_json("src_vocab", [](json& v) { v[4] = std::string(2000, 'a'); }),
       "src_vocab: vocabulary token 4 has 2000 bytes, more than the limit of 1,024"},
      {"SpecialsOutOfPlace", on_metadata_json("src_vocab", [](json& v) { std::swap(v[0], v[1]); }),
       "src_vocab: vocabulary id 0 is '<unk>', expected '<pad>'"},
      // Tensors against the config: names and shapes exactly as nn.Transformer's.
      {"MissingTensor", remove_tensor("transformer.decoder.norm.bias"), "tensor transformer.decoder.norm.bias is missing"},
      {"MissingLayer", on_config([](json& c) { c["dec_layers"] = 3; }),
       "tensor transformer.decoder.layers.2.self_attn.in_proj_weight is missing"},
      {"LayerBeyondTheConfig", on_config([](json& c) { c["enc_layers"] = 1; }),
       "is not part of a Transformer with 1 encoder and 2 decoder layers"},
      {"UnknownTensor", on_header([](json& h) { h["generator.bias"] = h["out.bias"]; h.erase("out.bias"); }),
       "tensor generator.bias is not part of a Transformer with 2 encoder and 2 decoder layers"},
      {"TransposedShape", on_tensor(linear1, [](json& e) { e["shape"] = {16, 32}; }),
       "tensor transformer.encoder.layers.0.linear1.weight has shape [16,32], config says [32,16]"},
      {"ShapesDisagreeWithConfig", on_config([](json& c) { c["ffn"] = 8; }),
       "tensor transformer.encoder.layers.0.linear1.weight has shape [32,16], config says [8,16]"},
      {"ShapesDisagreeWithDModel", on_config([](json& c) { c["d_model"] = 8; c["heads"] = 2; }),
       "tensor src_embed.weight has shape [30,16], config says [30,8]"},
      {"ShapeDisagreesWithTargetVocabulary", on_metadata_json("tgt_vocab", [](json& v) { v.push_back("voitures"); }),
       "tensor tgt_embed.weight has shape [36,16], config says [37,16]"},
      // Weights.
      {"NanWeight", set_float("transformer.decoder.layers.1.norm3.weight", 3, std::numeric_limits<float>::quiet_NaN()),
       "tensor transformer.decoder.layers.1.norm3.weight has a NaN at index 3"},
      {"InfiniteWeight", set_float("src_embed.weight", 17, std::numeric_limits<float>::infinity()),
       "tensor src_embed.weight has an infinite value at index 17"},
  };
}

void PrintTo(const Rejection& rejection, std::ostream* out) { *out << rejection.name; }

class TransformerFileRejection : public ModelFolderTest, public ::testing::WithParamInterface<Rejection> {};

TEST_P(TransformerFileRejection, isRejectedByLoadModelWithItsOwnMessage) {
  const std::filesystem::path path = folder_ / "model.safetensors";
  std::string bytes = read_bytes(kFixture);
  GetParam().edit(bytes);
  write_bytes(path, bytes);
  EXPECT_THAT([&] { load_model(path); },
              ThrowsMessage<ModelFileError>(AllOf(StartsWith("model.safetensors: "), HasSubstr(GetParam().message))));
}

INSTANTIATE_TEST_SUITE_P(Catalogue, TransformerFileRejection, ::testing::ValuesIn(catalogue()),
                         [](const ::testing::TestParamInfo<Rejection>& info) { return std::string(info.param.name); });

TEST(TransformerFileRejectionCatalogue, eachCaseHasItsOwnMessage) {
  std::set<std::string> messages;
  for (const Rejection& c : catalogue()) EXPECT_TRUE(messages.insert(c.message).second) << c.message;
}

class TransformerFile : public ModelFolderTest {};

TEST_F(TransformerFile, loadsAsATransformerNamedAfterItsFile) {
  const auto model = load_model(kFixture);
  EXPECT_EQ(model->info().kind, "transformer");
  EXPECT_EQ(model->info().name, "transformer");
  EXPECT_EQ(model->info().score, "scaled_dot");
  EXPECT_EQ(model->info().sha256.size(), 64u);
  EXPECT_THAT(model->info().card_json, HasSubstr("random weights"));
  EXPECT_EQ(model->source_vocabulary().size(), 30);
  EXPECT_EQ(model->target_vocabulary().size(), 36);
  // embeddings, 2 encoder layers of 2224 floats, 2 decoder layers of 3344, 2 final norms, the output layer
  EXPECT_EQ(model->info().parameters, 30 * 16 + 36 * 16 + 2 * 2224 + 2 * 3344 + 2 * 32 + 36 * 16 + 36);
}

TEST_F(TransformerFile, writingWhatWasReadGivesTheSameModelBack) {
  const TransformerModelData read = read_transformer_file(kFixture);
  write_transformer_file(folder_ / "copy.safetensors", read);
  TransformerModelData again = read_transformer_file(folder_ / "copy.safetensors");
  EXPECT_EQ(again.config.max_positions, read.config.max_positions);
  EXPECT_EQ(again.config.max_len_ratio, read.config.max_len_ratio);
  EXPECT_EQ(again.tgt_vocab.tokens(), read.tgt_vocab.tokens());
  EXPECT_EQ(again.card_json, read.card_json);
  auto& original = const_cast<TransformerWeights&>(read.weights);
  const std::vector<TensorRef> expected = tensors_of(original, read.config);
  const std::vector<TensorRef> got = tensors_of(again.weights, again.config);
  ASSERT_EQ(got.size(), expected.size());
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].name, expected[i].name);
    EXPECT_EQ(std::memcmp(got[i].data, expected[i].data, sizeof(float) * got[i].size()), 0) << got[i].name;
  }
}

TEST_F(TransformerFile, aSeq2SeqReaderRefusesATransformerFileByItsFormat) {
  EXPECT_THAT([&] { read_seq2seq_file(kFixture); },
              ThrowsMessage<ModelFileError>(HasSubstr("metadata format is \"attnviz-transformer\", expected \"attnviz-seq2seq\"")));
}

}  // namespace
}  // namespace attnviz::test
