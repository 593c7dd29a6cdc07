// load_model: the model it builds and what it says about the file.
#include "ModelFileTestData.h"

#include "model/ModelFileError.h"
#include "model/Sha256.h"

#include <gmock/gmock.h>

namespace attnviz::test {
namespace {

using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

std::span<const std::byte> as_bytes(const std::string& text) {
  return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

// FIPS 180-2, appendix B.
TEST(Sha256, matchesThePublishedTestVectors) {
  EXPECT_EQ(sha256_hex(as_bytes("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex(as_bytes("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

using ModelLoader = ModelFolderTest;

TEST_F(ModelLoader, describesTheModelAndTheFileItCameFrom) {
  const std::filesystem::path path = folder_ / "toy-additive.safetensors";
  const Seq2SeqModelData data = tiny_model(ScoreFunction::Additive);
  write_seq2seq_file(path, data);
  const std::unique_ptr<AttentionModel> model = load_model(path);
  const ModelInfo& info = model->info();
  EXPECT_EQ(info.name, "toy-additive");
  EXPECT_EQ(info.path, path.string());
  EXPECT_EQ(info.kind, "seq2seq");
  EXPECT_EQ(info.score, "additive");
  EXPECT_EQ(info.src_lang, "en");
  EXPECT_EQ(info.tgt_lang, "fr");
  EXPECT_EQ(info.card_json, data.card_json);
  EXPECT_EQ(info.sha256, sha256_hex(as_bytes(read_bytes(path))));
  long long parameters = 0;
  for (const auto& [name, shape] : expected_tensors(data.config, 7, 8)) parameters += TensorRef{name, shape, nullptr}.size();
  EXPECT_EQ(info.parameters, parameters);
  EXPECT_EQ(model->target_vocabulary().tokens(), data.tgt_vocab.tokens());
}

TEST_F(ModelLoader, rejectsABrokenFileWithAModelFileError) {
  write_bytes(folder_ / "model.safetensors", "not a model");
  EXPECT_THAT([&] { load_model(folder_ / "model.safetensors"); },
              ThrowsMessage<ModelFileError>(HasSubstr("model.safetensors: header length")));
}

}  // namespace
}  // namespace attnviz::test
