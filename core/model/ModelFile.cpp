#include "model/ModelFile.h"

#include "export/AtomicFile.h"
#include "model/FormatError.h"
#include "model/MappedFile.h"
#include "model/ModelFileError.h"
#include "model/ModelTensors.h"
#include "model/Safetensors.h"
#include "model/Seq2SeqMetadata.h"

namespace attnviz {

namespace {

// How an unknown tensor's message names the model: "a model with the dot
// score", or "a local-p model with the dot score".
std::string model_description(const ModelConfig& config) {
  const bool global = config.mechanism == AttentionMechanism::Global;
  const std::string mechanism = global ? "" : std::string(to_string(config.mechanism)) + " ";
  return "a " + mechanism + "model with the " + to_string(config.score) + " score";
}

}  // namespace

Seq2SeqModelData seq2seq_from_container(const SafetensorsContent& content) {
  Seq2SeqMetadata metadata = parse_seq2seq_metadata(content.metadata);
  const ModelConfig& config = metadata.config;
  const long long src_size = static_cast<long long>(metadata.src_vocab.size());
  const long long tgt_size = static_cast<long long>(metadata.tgt_vocab.size());
  Seq2SeqModelData data{config, make_vocabulary(std::move(metadata.src_vocab), "src_vocab"),
                        make_vocabulary(std::move(metadata.tgt_vocab), "tgt_vocab"), {},
                        std::move(metadata.card_json)};
  const ExpectedTensors expected = expected_tensors(config, src_size, tgt_size);
  require_known_tensors(content.tensors, expected, model_description(config));
  require_expected_shapes(content.tensors, expected);
  // Sized only now that the file is known to hold that many floats.
  data.weights = make_weights(config, src_size, tgt_size);
  copy_weights(content.tensors, tensors_of(data.weights, config));
  return data;
}

Seq2SeqModelData read_seq2seq_bytes(std::span<const std::byte> file, const std::filesystem::path& path) {
  try {
    return seq2seq_from_container(parse_safetensors(file));
  } catch (const FormatError& error) {
    throw ModelFileError(path.string(), error.what());
  }
}

Seq2SeqModelData read_seq2seq_file(const std::filesystem::path& path) {
  const MappedFile file(path);
  return read_seq2seq_bytes(file.bytes(), path);
}

void write_seq2seq_file(const std::filesystem::path& path, const Seq2SeqModelData& data) {
  const Seq2SeqMetadata metadata{data.config, data.src_vocab.tokens(), data.tgt_vocab.tokens(), data.card_json};
  // tensors_of only forms views of the weights, which are only read here.
  auto& weights = const_cast<Seq2SeqWeights&>(data.weights);
  AtomicFile file(path);
  write_safetensors(file.stream(), to_metadata_map(metadata), tensors_of(weights, data.config));
  file.commit();
}

}  // namespace attnviz
