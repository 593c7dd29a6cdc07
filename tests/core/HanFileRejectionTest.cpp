// Hostile classifier files (issue 15): the PyTorch fixture of
// tools/han_reference.py, changed in one way each, must be refused by
// read_han_file with its own message naming the file and the problem. The
// container, metadata and vocabulary checks are the translation readers'
// own (ModelFileRejectionTest covers them one by one); these are the cases
// of the hierarchical network's spec and a sample of the shared ones.
#include "ModelFileEdits.h"
#include "ModelFileTestData.h"

#include "classification/HanFile.h"
#include "model/ModelFile.h"
#include "model/ModelFileError.h"

#include <gmock/gmock.h>

#include <cstring>
#include <limits>
#include <set>

namespace attnviz::test {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using ::testing::ThrowsMessage;

const std::string kFixture = ATTNVIZ_FIXTURES_DIR "/han/han.safetensors";

struct Rejection {
  const char* name;  // the CTest name
  Edit edit;
  const char* message;
};

std::vector<Rejection> catalogue() {
  return {
      // The container, as for every model file.
      {"TruncatedInsideTheData", cut_end(4), "bytes of tensor data (is the file truncated?)"},
      {"DtypeF16", on_tensor("classifier.bias", [](json& e) { e["dtype"] = "F16"; }),
       "tensor classifier.bias has dtype \"F16\""},
      // The metadata.
      {"OtherFormat", set_metadata("format", "attnviz-seq2seq"),
       "metadata format is \"attnviz-seq2seq\", expected \"attnviz-han\""},
      {"FormatVersion2", set_metadata("format_version", "2"), "metadata format_version is \"2\", this attnviz reads version 1"},
      {"ConfigNotAnObject", set_metadata("config", "[6]"), "config metadata is not a JSON object but [6]"},
      {"CardNotAnObject", set_metadata("card", "[1]"), "card metadata is not a JSON object but [1]"},
      {"NoWordHidden", on_config([](json& c) { c.erase("word_hidden"); }), "config has no \"word_hidden\""},
      {"SentenceHiddenZero", on_config([](json& c) { c["sentence_hidden"] = 0; }),
       "config sentence_hidden is 0, expected an integer in 1..4096"},
      {"EmbedAString", on_config([](json& c) { c["embed"] = "6"; }), "config embed is \"6\""},
      {"NoVocab", erase_metadata("vocab"), "metadata has no \"vocab\""},
      {"NoClasses", erase_metadata("classes"), "metadata has no \"classes\""},
      {"OneClass", set_metadata("classes", "[\"food\"]"), "classes has 1 names, expected 2..1000"},
      {"EmptyClassName", on_metadata_json("classes", [](json& v) { v[2] = ""; }), "classes name 2 is empty"},
      {"RepeatedClassName", on_metadata_json("classes", [](json& v) { v[3] = "food"; }),
       "classes name 3 repeats \"food\""},
      {"ClassNotAString", on_metadata_json("classes", [](json& v) { v[1] = 7; }), "classes token 1 is 7, not a string"},
      {"SpecialsOutOfPlace", on_metadata_json("vocab", [](json& v) { std::swap(v[0], v[1]); }),
       "vocab: vocabulary id 0 is '<unk>', expected '<pad>'"},
      // Tensors against the config, the vocabulary and the classes.
      {"MissingTensor", remove_tensor("sentence_context"), "tensor sentence_context is missing"},
      {"UnknownTensor",
       on_header([](json& h) { h["word_attention.linear.bias"] = h["word_attention.bias"]; h.erase("word_attention.bias"); }),
       "tensor word_attention.linear.bias is not part of a hierarchical attention network"},
      {"TransposedShape", on_tensor("sentence_rnn.weight_ih_l0", [](json& e) { e["shape"] = {10, 12}; }),
       "tensor sentence_rnn.weight_ih_l0 has shape [10,12], config says [12,10]"},
      {"ShapesDisagreeWithConfig", on_config([](json& c) { c["word_hidden"] = 4; }),
       "tensor word_rnn.weight_ih_l0 has shape [15,6], config says [12,6]"},
      {"ShapeDisagreesWithClasses", on_metadata_json("classes", [](json& v) { v.push_back("sports"); }),
       "tensor classifier.weight has shape [5,8], config says [6,8]"},
      {"ShapeDisagreesWithVocabulary", on_metadata_json("vocab", [](json& v) { v.push_back("zebra"); }),
       "tensor embedding.weight has shape [34,6], config says [35,6]"},
      // Weights.
      {"NanWeight", set_float("word_context", 3, std::numeric_limits<float>::quiet_NaN()),
       "tensor word_context has a NaN at index 3"},
      {"InfiniteWeight", set_float("embedding.weight", 17, std::numeric_limits<float>::infinity()),
       "tensor embedding.weight has an infinite value at index 17"},
  };
}

void PrintTo(const Rejection& rejection, std::ostream* out) { *out << rejection.name; }

class HanFileRejection : public ModelFolderTest, public ::testing::WithParamInterface<Rejection> {};

TEST_P(HanFileRejection, isRejectedWithItsOwnMessage) {
  const std::filesystem::path path = folder_ / "model.safetensors";
  std::string bytes = read_bytes(kFixture);
  GetParam().edit(bytes);
  write_bytes(path, bytes);
  EXPECT_THAT([&] { read_han_file(path); },
              ThrowsMessage<ModelFileError>(AllOf(StartsWith("model.safetensors: "), HasSubstr(GetParam().message))));
}

INSTANTIATE_TEST_SUITE_P(Catalogue, HanFileRejection, ::testing::ValuesIn(catalogue()),
                         [](const ::testing::TestParamInfo<Rejection>& info) { return std::string(info.param.name); });

TEST(HanFileRejectionCatalogue, eachCaseHasItsOwnMessage) {
  std::set<std::string> messages;
  for (const Rejection& c : catalogue()) EXPECT_TRUE(messages.insert(c.message).second) << c.message;
}

class HanFile : public ModelFolderTest {};

TEST_F(HanFile, readsTheFixturesSizesVocabularyAndClasses) {
  const HanModelData data = read_han_file(kFixture);
  EXPECT_EQ(data.config.embed, 6);
  EXPECT_EQ(data.config.word_hidden, 5);
  EXPECT_EQ(data.config.sentence_hidden, 4);
  EXPECT_EQ(data.vocab.size(), 34);
  EXPECT_EQ(data.classes, (std::vector<std::string>{"food", "animals", "reading", "clothing", "travel"}));
  EXPECT_THAT(data.card_json, HasSubstr("random weights"));
}

TEST_F(HanFile, writingWhatWasReadGivesTheSameModelBack) {
  const HanModelData read = read_han_file(kFixture);
  write_han_file(folder_ / "copy.safetensors", read);
  HanModelData again = read_han_file(folder_ / "copy.safetensors");
  EXPECT_EQ(again.classes, read.classes);
  EXPECT_EQ(again.vocab.tokens(), read.vocab.tokens());
  EXPECT_EQ(again.card_json, read.card_json);
  auto& original = const_cast<HanWeights&>(read.weights);
  const std::vector<TensorRef> expected = tensors_of(original, read.config);
  const std::vector<TensorRef> got = tensors_of(again.weights, again.config);
  ASSERT_EQ(got.size(), expected.size());
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].name, expected[i].name);
    EXPECT_EQ(std::memcmp(got[i].data, expected[i].data, sizeof(float) * got[i].size()), 0) << got[i].name;
  }
}

TEST_F(HanFile, theTranslationLoaderRefusesAClassifierByItsFormat) {
  EXPECT_THAT([&] { load_model(kFixture); }, ThrowsMessage<ModelFileError>(HasSubstr("metadata format is \"attnviz-han\"")));
}

}  // namespace
}  // namespace attnviz::test
