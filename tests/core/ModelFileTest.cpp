// Reading and writing model files: what the writer writes reads back
// exactly, and paths that are not model files are refused by name.
#include "ModelFileTestData.h"

#include "model/ModelFileError.h"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

#include <cstring>
#include <stdexcept>
#include <vector>

#include <sys/fsuid.h>
#include <sys/stat.h>
#include <unistd.h>

namespace attnviz::test {
namespace {

using json = nlohmann::json;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

std::vector<float> floats(const TensorRef& tensor) { return {tensor.data, tensor.data + tensor.size()}; }

void expect_same_weights(Seq2SeqModelData& a, Seq2SeqModelData& b) {
  const std::vector<TensorRef> left = tensors_of(a.weights, a.config);
  const std::vector<TensorRef> right = tensors_of(b.weights, b.config);
  ASSERT_EQ(left.size(), right.size());
  for (std::size_t i = 0; i < left.size(); ++i) {
    EXPECT_EQ(left[i].name, right[i].name);
    EXPECT_EQ(floats(left[i]), floats(right[i])) << left[i].name;
  }
}

std::uint64_t header_length(const std::string& file) {
  std::uint64_t length = 0;
  std::memcpy(&length, file.data(), sizeof length);
  return length;
}

// The same file with `extra` more spaces at the end of its header.
std::string with_padding(const std::string& file, std::size_t extra) {
  const std::uint64_t length = header_length(file) + extra;
  std::string padded(8, '\0');
  std::memcpy(padded.data(), &length, sizeof length);
  return padded + file.substr(8, length - extra) + std::string(extra, ' ') + file.substr(8 + length - extra);
}

class ModelFileRoundTrip : public ModelFolderTest, public ::testing::WithParamInterface<ScoreFunction> {};

TEST_P(ModelFileRoundTrip, readGivesBackTheConfigVocabulariesWeightsAndCard) {
  Seq2SeqModelData written = tiny_model(GetParam());
  write_seq2seq_file(folder_ / "model.safetensors", written);
  Seq2SeqModelData read = read_seq2seq_file(folder_ / "model.safetensors");
  EXPECT_EQ(read.config.score, written.config.score);
  EXPECT_EQ(read.config.embed, written.config.embed);
  EXPECT_EQ(read.config.hidden, written.config.hidden);
  EXPECT_EQ(read.config.attn, written.config.attn);
  EXPECT_EQ(read.config.src_lang, written.config.src_lang);
  EXPECT_EQ(read.config.tgt_lang, written.config.tgt_lang);
  EXPECT_EQ(read.config.max_len_ratio, written.config.max_len_ratio);
  EXPECT_EQ(read.src_vocab.tokens(), written.src_vocab.tokens());
  EXPECT_EQ(read.tgt_vocab.tokens(), written.tgt_vocab.tokens());
  EXPECT_EQ(read.card_json, written.card_json);
  expect_same_weights(read, written);
}

INSTANTIATE_TEST_SUITE_P(EveryScore, ModelFileRoundTrip, ::testing::ValuesIn(kAllScoreFunctions),
                         [](const auto& info) { return std::string(to_string(info.param)); });

using ModelFile = ModelFolderTest;

TEST_F(ModelFile, aLocalPModelReadsBackItsMechanismWindowAndPositionNetwork) {
  Seq2SeqModelData written = tiny_model(ScoreFunction::Dot, 7, AttentionMechanism::LocalPredicted);
  write_seq2seq_file(folder_ / "model.safetensors", written);
  Seq2SeqModelData read = read_seq2seq_file(folder_ / "model.safetensors");
  EXPECT_EQ(read.config.mechanism, AttentionMechanism::LocalPredicted);
  EXPECT_EQ(read.config.window, 2);
  EXPECT_EQ(read.weights.position_weight.rows(), 5);  // A
  EXPECT_EQ(read.weights.position_weight.cols(), 6);  // D
  expect_same_weights(read, written);
}

TEST_F(ModelFile, aHardModelReadsBackItsMechanismWithoutWindowAndAGruThatReadsNoContext) {
  Seq2SeqModelData written = tiny_model(ScoreFunction::General, 7, AttentionMechanism::Hard);
  write_seq2seq_file(folder_ / "model.safetensors", written);
  const std::string file = read_bytes(folder_ / "model.safetensors");
  const json config = json::parse(json::parse(file.substr(8, header_length(file)))["__metadata__"]["config"].get<std::string>());
  EXPECT_EQ(config["mechanism"], "hard");
  EXPECT_FALSE(config.contains("window"));
  Seq2SeqModelData read = read_seq2seq_file(folder_ / "model.safetensors");
  EXPECT_EQ(read.config.mechanism, AttentionMechanism::Hard);
  EXPECT_EQ(read.config.window, 0);
  EXPECT_EQ(read.weights.decoder_rnn.weight_ih.cols(), 4);  // E
  EXPECT_EQ(read.weights.combine_weight.cols(), 6 + 6 + 4);  // D + 2H + E, as for global
  expect_same_weights(read, written);
}

// Files from before local attention, and global models written now, have no
// mechanism key: the two read the same.
TEST_F(ModelFile, aGlobalModelIsWrittenWithoutMechanismOrWindowAndReadsAsGlobal) {
  write_seq2seq_file(folder_ / "model.safetensors", tiny_model());
  const std::string file = read_bytes(folder_ / "model.safetensors");
  const json config = json::parse(json::parse(file.substr(8, header_length(file)))["__metadata__"]["config"].get<std::string>());
  EXPECT_FALSE(config.contains("mechanism"));
  EXPECT_FALSE(config.contains("window"));
  EXPECT_EQ(read_seq2seq_file(folder_ / "model.safetensors").config.mechanism, AttentionMechanism::Global);
}

TEST_F(ModelFile, aModelWithoutACardReadsBackWithoutOne) {
  Seq2SeqModelData written = tiny_model();
  written.card_json.clear();
  write_seq2seq_file(folder_ / "model.safetensors", written);
  EXPECT_EQ(read_seq2seq_file(folder_ / "model.safetensors").card_json, "");
}

TEST_F(ModelFile, writerPadsTheHeaderWithSpacesToAMultipleOf8AndWritesTheSpecsMetadata) {
  write_seq2seq_file(folder_ / "model.safetensors", tiny_model());
  const std::string file = read_bytes(folder_ / "model.safetensors");
  const std::uint64_t length = header_length(file);
  EXPECT_EQ(length % 8, 0u);
  const std::string header = file.substr(8, length);
  EXPECT_EQ(header.find_last_not_of(' '), header.rfind('}'));
  const json metadata = json::parse(header)["__metadata__"];
  EXPECT_EQ(metadata["format"], "attnviz-seq2seq");
  EXPECT_EQ(metadata["format_version"], "1");
  EXPECT_THAT(metadata["config"].get<std::string>(), HasSubstr(R"("max_len_ratio":1.5)"));
  EXPECT_EQ(json::parse(metadata["tgt_vocab"].get<std::string>())[7], "été");
}

TEST_F(ModelFile, unalignedTensorDataAndExtraPaddingReadTheSameWeights) {
  Seq2SeqModelData written = tiny_model();
  write_seq2seq_file(folder_ / "model.safetensors", written);
  write_bytes(folder_ / "model.safetensors", with_padding(read_bytes(folder_ / "model.safetensors"), 13));
  Seq2SeqModelData read = read_seq2seq_file(folder_ / "model.safetensors");
  expect_same_weights(read, written);
}

TEST_F(ModelFile, jsonNested64DeepIsAccepted) {
  Seq2SeqModelData written = tiny_model();
  written.card_json = R"({"a":)" + std::string(63, '[') + std::string(63, ']') + "}";
  write_seq2seq_file(folder_ / "model.safetensors", written);
  EXPECT_EQ(read_seq2seq_file(folder_ / "model.safetensors").card_json, written.card_json);
}

TEST_F(ModelFile, errorNamesTheFileInItsMessageAndKeepsThePath) {
  write_bytes(folder_ / "broken.safetensors", "");
  try {
    read_seq2seq_file(folder_ / "broken.safetensors");
    FAIL() << "an empty file was accepted";
  } catch (const ModelFileError& error) {
    EXPECT_STREQ(error.what(), "broken.safetensors: the file is empty");
    EXPECT_EQ(error.path(), (folder_ / "broken.safetensors").string());
    EXPECT_EQ(error.problem(), "the file is empty");
  }
}

TEST_F(ModelFile, aDirectoryIsRefused) {
  std::filesystem::create_directory(folder_ / "model.safetensors");
  EXPECT_THAT([&] { read_seq2seq_file(folder_ / "model.safetensors"); },
              ThrowsMessage<ModelFileError>(HasSubstr("model.safetensors: is a directory, not a model file")));
}

// A FIFO would block a reader until someone writes to it; the loader looks
// at the type first and never opens it.
TEST_F(ModelFile, aFifoIsRefusedWithoutBlocking) {
  ASSERT_EQ(::mkfifo((folder_ / "model.safetensors").c_str(), 0600), 0);
  EXPECT_THAT([&] { read_seq2seq_file(folder_ / "model.safetensors"); },
              ThrowsMessage<ModelFileError>(HasSubstr("model.safetensors: is not a regular file (a FIFO")));
}

TEST_F(ModelFile, aDeviceIsRefused) {
  EXPECT_THAT([] { read_seq2seq_file("/dev/null"); },
              ThrowsMessage<ModelFileError>(HasSubstr("null: is not a regular file")));
}

TEST_F(ModelFile, aMissingFileIsRefusedByName) {
  EXPECT_THAT([&] { read_seq2seq_file(folder_ / "absent.safetensors"); },
              ThrowsMessage<ModelFileError>(HasSubstr("absent.safetensors: cannot open (No such file or directory)")));
}

// Root reads files whatever their mode. Setting this thread's file-system
// uid to nobody's drops that override until it is set back, so the test
// sees what any user sees (without root, the mode alone is enough).
class FileSystemUidOfNobody {
 public:
  static constexpr uid_t kNobody = 65534;
  FileSystemUidOfNobody() : previous_(static_cast<uid_t>(::setfsuid(kNobody))) {}
  ~FileSystemUidOfNobody() { ::setfsuid(previous_); }
  FileSystemUidOfNobody(const FileSystemUidOfNobody&) = delete;
  FileSystemUidOfNobody& operator=(const FileSystemUidOfNobody&) = delete;
  // setfsuid(-1) always fails and returns the current file-system uid.
  bool in_effect() const { return static_cast<uid_t>(::setfsuid(static_cast<uid_t>(-1))) == kNobody; }

 private:
  uid_t previous_;
};

TEST_F(ModelFile, anUnreadableFileIsRefusedEvenWhenRunAsRoot) {
  const std::filesystem::path path = folder_ / "model.safetensors";
  write_seq2seq_file(path, tiny_model());
  ::chmod(folder_.c_str(), 0755);  // mkdtemp's 0700 would hide the file itself from nobody
  ::chmod(path.c_str(), 0);
  const FileSystemUidOfNobody nobody;
  if (::geteuid() == 0 && !nobody.in_effect()) GTEST_SKIP() << "root without CAP_SETUID cannot drop its read override";
  EXPECT_THAT([&] { read_seq2seq_file(path); },
              ThrowsMessage<ModelFileError>(HasSubstr("model.safetensors: cannot open (Permission denied)")));
}

TEST_F(ModelFile, writingIntoAMissingFolderThrowsNamingThePath) {
  const std::filesystem::path path = folder_ / "no-such-folder" / "model.safetensors";
  EXPECT_THAT([&] { write_seq2seq_file(path, tiny_model()); },
              ThrowsMessage<std::runtime_error>(HasSubstr(path.string())));
  EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
}  // namespace attnviz::test
