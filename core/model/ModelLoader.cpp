#include "model/MappedFile.h"
#include "model/ModelFile.h"
#include "model/Seq2SeqModel.h"
#include "model/Sha256.h"

namespace attnviz {
namespace {

long long parameter_count(Seq2SeqModelData& data) {
  long long count = 0;
  for (const TensorRef& tensor : tensors_of(data.weights, data.config)) count += tensor.size();
  return count;
}

ModelInfo describe(const std::filesystem::path& path, Seq2SeqModelData& data, std::span<const std::byte> file) {
  ModelInfo info;
  info.name = path.stem().string();
  info.path = path.string();
  info.kind = "seq2seq";
  info.score = to_string(data.config.score);
  info.src_lang = data.config.src_lang;
  info.tgt_lang = data.config.tgt_lang;
  info.card_json = data.card_json;
  info.sha256 = sha256_hex(file);
  info.parameters = parameter_count(data);
  return info;
}

}  // namespace

// The file is mapped once: the same bytes are checked, copied into the
// weights and hashed.
std::unique_ptr<AttentionModel> load_model(const std::filesystem::path& path) {
  const MappedFile file(path);
  Seq2SeqModelData data = read_seq2seq_bytes(file.bytes(), path);
  ModelInfo info = describe(path, data, file.bytes());
  return std::make_unique<Seq2SeqModel>(std::move(data), std::move(info));
}

}  // namespace attnviz
