// The catalogue of malformed model files (issue 6): each is made from a
// valid file written by our own writer, changed in one way, and must be
// rejected with its own message naming the file and the problem.
#include "ModelFileEdits.h"
#include "ModelFileTestData.h"

#include "model/ModelFileError.h"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

#include <cstring>
#include <functional>
#include <limits>
#include <set>

namespace attnviz::test {
namespace {

using json = nlohmann::json;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using ::testing::ThrowsMessage;

struct Rejection {
  const char* name;  // the CTest name
  Edit edit;
  const char* message;
};

std::vector<Rejection> catalogue() {
  const std::string deep(100000, '[');
  return {
      // Sizes and the header length.
      {"EmptyFile", resize(0), "the file is empty"},
      {"ShorterThanTheLength", resize(5), "the file has only 5 bytes, fewer than the 8-byte header length"},
      {"HeaderLength2Pow63", set_length(std::uint64_t{1} << 63),
       "header length 9223372036854775808 is above the limit of 100000000 bytes"},
      {"HeaderLengthBeyondFile", set_length(1000000), "header length 1000000 goes beyond the end of the file"},
      {"TruncatedInsideHeader", resize(40), "goes beyond the end of the file (32 bytes follow it; is the file truncated?)"},
      // The header's text.
      {"ByteOrderMark", on_header_text([](const std::string& t) { return "\xEF\xBB\xBF" + t; }),
       "header starts with a UTF-8 byte-order mark"},
      {"NulAfterTheJson", on_header_text([](const std::string& t) { return t + std::string(1, '\0') + "garbage"; }),
       "header contains a NUL byte at offset"},
      {"InvalidUtf8Byte", on_header_text([](const std::string& t) { return "\xFF" + t; }),
       "header is not valid UTF-8 (byte 0xff at offset 0)"},
      {"OverlongUtf8", on_header_text([](const std::string& t) { return "{\"\xC0\xAF\":1," + t.substr(1); }),
       "header is not valid UTF-8 (byte 0xc0 at offset 2)"},
      {"Utf8Surrogate", on_header_text([](const std::string& t) { return "{\"\xED\xA0\x80\":1," + t.substr(1); }),
       "header is not valid UTF-8 (byte 0xed at offset 2)"},
      {"NotJson", on_header_text([](const std::string&) { return "this is not JSON"; }),
       "header is not valid JSON (parse error at line 1, column 2"},
      {"NumberBeyondDouble", on_header_text([](const std::string& t) { return "{\"x\":1056E1776," + t.substr(1); }),
       "header is not valid JSON (number overflow parsing '1056E1776')"},
      {"NotAnObject", on_header_text([](const std::string&) { return "[1,2,3]"; }),
       "header is not a JSON object but [1,2,3]"},
      {"Nested100000Deep", on_header_text([deep](const std::string&) { return deep; }),
       "header nests deeper than 64 levels"},
      {"DuplicateTensorName", repeat_key_after("", R"("decoder.out.bias":{"dtype":"F32","shape":[8],"data_offsets":[0,32]})"),
       "header repeats the key \"decoder.out.bias\""},
      {"DuplicateKeyInsideEntry", repeat_key_after("\"decoder.out.bias\"", R"("dtype":"F32")"),
       "header repeats the key \"dtype\""},
      // Tensor entries.
      {"EntryNotAnObject", on_tensor("decoder.out.bias", [](json& e) { e = 5; }),
       "tensor decoder.out.bias is described by 5, not an object"},
      {"EntryWithoutDtype", on_tensor("decoder.out.bias", [](json& e) { e.erase("dtype"); }),
       "tensor decoder.out.bias has no dtype"},
      {"EntryWithoutShape", on_tensor("decoder.out.bias", [](json& e) { e.erase("shape"); }),
       "tensor decoder.out.bias has no shape"},
      {"EntryWithoutOffsets", on_tensor("decoder.out.bias", [](json& e) { e.erase("data_offsets"); }),
       "tensor decoder.out.bias has no data_offsets"},
      {"DtypeF16", on_tensor("decoder.out.bias", [](json& e) { e["dtype"] = "F16"; }),
       "tensor decoder.out.bias has dtype \"F16\", attnviz reads only \"F32\""},
      {"DtypeI32", on_tensor("attention.v", [](json& e) { e["dtype"] = "I32"; }),
       "tensor attention.v has dtype \"I32\""},
      {"ShapeNotAnArray", on_tensor("decoder.out.bias", [](json& e) { e["shape"] = 8; }),
       "tensor decoder.out.bias has a shape that is not an array: 8"},
      {"NegativeDimension", on_tensor("decoder.out.bias", [](json& e) { e["shape"] = {-8}; }),
       "tensor decoder.out.bias has a negative dimension: -8"},
      {"FractionalDimension", on_tensor("decoder.out.bias", [](json& e) { e["shape"] = {8.5}; }),
       "tensor decoder.out.bias has a dimension that is not an integer: 8.5"},
      {"DimensionBeyondInt64", on_tensor("decoder.out.bias", [](json& e) { e["shape"] = {std::uint64_t{1} << 63}; }),
       "tensor decoder.out.bias has a dimension too large: 9223372036854775808"},
      {"ShapeOverflowing64Bits",
       on_tensor("decoder.out.bias", [](json& e) { e["shape"] = {std::int64_t{1} << 32, std::int64_t{1} << 32, 4}; }),
       "tensor decoder.out.bias has shape [4294967296,4294967296,4], too large to count in 64 bits"},
      {"OffsetsNotTwoIntegers", on_tensor("decoder.out.bias", [](json& e) { e["data_offsets"] = {0}; }),
       "tensor decoder.out.bias has data_offsets [0], expected [begin,end] with non-negative integers"},
      {"OffsetsReversed",
       on_tensor("decoder.out.bias", [](json& e) { e["data_offsets"] = {e["data_offsets"][1], e["data_offsets"][0]}; }),
       "tensor decoder.out.bias has reversed data_offsets"},
      {"OffsetsOutsideTheData", on_tensor("decoder.out.bias", [](json& e) { e["data_offsets"][1] = 1000000000; }),
       ",1000000000] beyond the"},
      {"OffsetsDisagreeWithShape", on_tensor("decoder.out.bias", [](json& e) { e["shape"] = {7}; }),
       "its shape [7] of F32 needs 28"},
      {"OffsetsOverlap",
       on_parts([](Parts& p) { p.header["attention.v"]["data_offsets"] = p.header["attention.bias"]["data_offsets"]; }),
       "overlap in the tensor data"},
      {"GapBetweenTensors", first_tensor_gets_gap_after(), "4 bytes of tensor data between tensors"},
      {"GapBeforeTheFirstTensor", insert_gap(0, 4), "4 bytes of tensor data before tensor"},
      {"TrailingBytes", [](std::string& f) { f += "junk"; }, "4 bytes follow the last tensor's data; nothing may follow it"},
      {"TruncatedInsideTheData", cut_end(4), "bytes of tensor data (is the file truncated?)"},
      // The metadata map.
      {"NoMetadata", on_header([](json& h) { h.erase("__metadata__"); }), "header has no __metadata__"},
      {"MetadataNotAnObject", on_header([](json& h) { h["__metadata__"] = {1}; }),
       "header __metadata__ is not a JSON object"},
      {"MetadataValueNotAString", set_metadata("format_version", 1), "metadata value \"format_version\" is not a string"},
      {"NoFormat", erase_metadata("format"), "metadata has no \"format\""},
      {"OtherFormat", set_metadata("format", "pytorch"), "metadata format is \"pytorch\", expected \"attnviz-seq2seq\""},
      {"NoFormatVersion", erase_metadata("format_version"), "metadata has no \"format_version\""},
      {"FormatVersion2", set_metadata("format_version", "2"), "metadata format_version is \"2\", this attnviz reads version 1"},
      // The config.
      {"NoConfig", erase_metadata("config"), "metadata has no \"config\""},
      {"ConfigNotJson", set_metadata("config", "{score: additive}"), "config metadata is not valid JSON"},
      {"ConfigNotAnObject", set_metadata("config", "[64]"), "config metadata is not a JSON object but [64]"},
      {"ConfigRepeatsAKey", set_metadata("config", R"({"embed":4,"embed":4})"), "config metadata repeats the key \"embed\""},
      {"ConfigWithoutScore", on_config([](json& c) { c.erase("score"); }), "config has no \"score\""},
      {"UnknownScoreFunction", on_config([](json& c) { c["score"] = "bilinear"; }),
       "config score \"bilinear\" is not one of dot, scaled_dot, general, additive, cosine"},
      {"EmbedZero", on_config([](json& c) { c["embed"] = 0; }), "config embed is 0, expected an integer in 1..4096"},
      {"HiddenAbsurd", on_config([](json& c) { c["hidden"] = 100000; }), "config hidden is 100000, expected an integer in 1..4096"},
      {"EmbedAString", on_config([](json& c) { c["embed"] = "4"; }), "config embed is \"4\", expected an integer"},
      {"EmbedFractional", on_config([](json& c) { c["embed"] = 4.5; }), "config embed is 4.5, expected an integer"},
      {"AdditiveWithoutAttn", on_config([](json& c) { c.erase("attn"); }), "config has no \"attn\""},
      {"SourceLanguageNotAString", on_config([](json& c) { c["src_lang"] = 5; }), "config src_lang is 5, expected a string"},
      {"NoTargetLanguage", on_config([](json& c) { c.erase("tgt_lang"); }), "config has no \"tgt_lang\""},
      {"MaxLenRatioZero", on_config([](json& c) { c["max_len_ratio"] = 0; }),
       "config max_len_ratio is 0, expected a number in (0, 10]"},
      {"MaxLenRatioAbove10", on_config([](json& c) { c["max_len_ratio"] = 11; }), "config max_len_ratio is 11, expected"},
      // The attention mechanism: absent means global, anything else is checked.
      {"UnknownMechanism", on_config([](json& c) { c["mechanism"] = "local"; }),
       "config mechanism \"local\" is not one of global, local-m, local-p, hard"},
      {"MechanismNotAString", on_config([](json& c) { c["mechanism"] = 1; }), "config mechanism 1 is not one of"},
      {"LocalWithoutWindow", on_config([](json& c) { c["mechanism"] = "local-m"; }), "config has no \"window\""},
      {"WindowZero", on_config([](json& c) { c["mechanism"] = "local-p"; c["window"] = 0; }),
       "config window is 0, expected an integer in 1..1000"},
      {"WindowAbsurd", on_config([](json& c) { c["mechanism"] = "local-m"; c["window"] = 1001; }),
       "config window is 1001, expected"},
      {"WindowFractional", on_config([](json& c) { c["mechanism"] = "local-m"; c["window"] = 2.5; }),
       "config window is 2.5, expected"},
      {"WindowWithGlobalMechanism", on_config([](json& c) { c["window"] = 3; }),
       "config window 3 is given but mechanism is global; a window needs local-m or local-p"},
      {"WindowWithNamedGlobalMechanism", on_config([](json& c) { c["mechanism"] = "global"; c["window"] = 4; }),
       "config window 4 is given but mechanism is global"},
      {"WindowWithHardMechanism", on_config([](json& c) { c["mechanism"] = "hard"; c["window"] = 2; }),
       "config window 2 is given but mechanism is hard; a window needs local-m or local-p"},
      // The vocabularies and the card.
      {"NoSourceVocabulary", erase_metadata("src_vocab"), "metadata has no \"src_vocab\""},
      {"VocabularyNotJson", set_metadata("src_vocab", "[\"<pad>\""), "src_vocab metadata is not valid JSON"},
      {"VocabularyNotAnArray", set_metadata("tgt_vocab", R"({"<pad>":0})"), "tgt_vocab metadata is not a JSON array"},
      {"VocabularyTokenNotAString", on_metadata_json("src_vocab", [](json& v) { v.push_back(5); }),
       "src_vocab token 7 is 5, not a string"},
      {"VocabularyTooShortForSpecials", set_metadata("src_vocab", R"(["<pad>"])"),
       "src_vocab: vocabulary has 1 tokens; it needs at least the 4 specials"},
      {"SpecialsOutOfPlace", on_metadata_json("tgt_vocab", [](json& v) { std::swap(v[2], v[3]); }),
       "tgt_vocab: vocabulary id 2 is '</s>', expected '<s>'"},
      {"VocabularyRepeatsAToken", on_metadata_json("tgt_vocab", [](json& v) { v.push_back("la"); }),
       "tgt_vocab: vocabulary has the token 'la' twice, at ids 4 and 8"},
      {"VocabularyEmptyToken", on_metadata_json("src_vocab", [](json& v) { v[5] = ""; }),
       "src_vocab: vocabulary token 5 is empty"},
      {"VocabularyTokenOver1024Bytes", on_metadata_json("tgt_vocab", [](json& v) { v[6] = std::string(1025, 'x'); }),
       "tgt_vocab: vocabulary token 6 has 1025 bytes, more than the limit of 1,024"},
      {"CardNotJson", set_metadata("card", "corpus: toy"), "card metadata is not valid JSON"},
      {"CardNotAnObject", set_metadata("card", "[1]"), "card metadata is not a JSON object but [1]"},
      {"CardNested65Deep", set_metadata("card", std::string(65, '[') + std::string(65, ']')),
       "card metadata nests deeper than 64 levels"},
      // Tensors against the config and vocabularies.
      {"UnknownTensor",
       on_header([](json& h) { h["decoder.output.bias"] = h["decoder.out.bias"]; h.erase("decoder.out.bias"); }),
       "tensor decoder.output.bias is not part of a model with the additive score"},
      {"TensorsOfAnotherScore", on_config([](json& c) { c["score"] = "dot"; }),
       "tensor attention.bias is not part of a model with the dot score"},
      {"MissingTensor", remove_tensor("attention.v"), "tensor attention.v is missing"},
      {"LocalPWithoutItsPositionNetwork", on_config([](json& c) { c["mechanism"] = "local-p"; c["window"] = 2; }),
       "tensor attention.position.weight is missing"},
      {"PositionTensorInALocalMModel",
       [](std::string& file) {
         on_config([](json& c) { c["mechanism"] = "local-m"; c["window"] = 2; })(file);
         on_header([](json& h) { h["attention.position_v"] = h["attention.v"]; h.erase("attention.v"); })(file);
       },
       "tensor attention.position_v is not part of a local-m model with the additive score"},
      // Hard attention's GRU reads no context: [3D, E], not [3D, E + 2H].
      {"HardModelWithAContextReadingGru", on_config([](json& c) { c["mechanism"] = "hard"; }),
       "tensor decoder.rnn.weight_ih has shape [18,10], config says [18,4]"},
      {"TransposedShape", on_tensor("decoder.out.weight", [](json& e) { e["shape"] = {6, 8}; }),
       "tensor decoder.out.weight has shape [6,8], config says [8,6]"},
      {"ShapesDisagreeWithConfig", on_config([](json& c) { c["hidden"] = 4; }),
       "tensor encoder.rnn.weight_ih_l0 has shape [9,4], config says [12,4]"},
      {"ShapeDisagreesWithTargetVocabulary", on_metadata_json("tgt_vocab", [](json& v) { v.push_back("voitures"); }),
       "tensor decoder.embedding.weight has shape [8,4], config says [9,4]"},
      {"ShapeDisagreesWithSourceVocabulary", on_metadata_json("src_vocab", [](json& v) { v.erase(v.size() - 1); }),
       "tensor encoder.embedding.weight has shape [7,4], config says [6,4]"},
      // Weights.
      {"NanWeight", set_float("decoder.out.bias", 2, std::numeric_limits<float>::quiet_NaN()),
       "tensor decoder.out.bias has a NaN at index 2"},
      {"InfiniteWeight", set_float("attention.v", 0, std::numeric_limits<float>::infinity()),
       "tensor attention.v has an infinite value at index 0"},
      {"NegativeInfiniteWeight", set_float("encoder.embedding.weight", 27, -std::numeric_limits<float>::infinity()),
       "tensor encoder.embedding.weight has an infinite value at index 27"},
  };
}

void PrintTo(const Rejection& rejection, std::ostream* out) { *out << rejection.name; }

class ModelFileRejection : public ModelFolderTest, public ::testing::WithParamInterface<Rejection> {};

TEST_P(ModelFileRejection, isRejectedWithItsOwnMessage) {
  const std::filesystem::path path = folder_ / "model.safetensors";
  write_seq2seq_file(path, tiny_model());
  std::string bytes = read_bytes(path);
  GetParam().edit(bytes);
  write_bytes(path, bytes);
  EXPECT_THAT([&] { read_seq2seq_file(path); },
              ThrowsMessage<ModelFileError>(AllOf(StartsWith("model.safetensors: "), HasSubstr(GetParam().message))));
}

INSTANTIATE_TEST_SUITE_P(Catalogue, ModelFileRejection, ::testing::ValuesIn(catalogue()),
                         [](const ::testing::TestParamInfo<Rejection>& info) { return std::string(info.param.name); });

// Every message in the catalogue is its own: no two cases could pass by
// hitting the same check.
TEST(ModelFileRejectionCatalogue, hasAtLeast40CasesEachWithItsOwnMessage) {
  const std::vector<Rejection> cases = catalogue();
  EXPECT_GE(cases.size(), 40u);
  std::set<std::string> messages;
  for (const Rejection& c : cases) EXPECT_TRUE(messages.insert(c.message).second) << c.message;
}

}  // namespace
}  // namespace attnviz::test
