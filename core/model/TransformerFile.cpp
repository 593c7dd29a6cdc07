#include "model/TransformerFile.h"

#include "export/AtomicFile.h"
#include "model/FormatError.h"
#include "model/MappedFile.h"
#include "model/ModelFileError.h"
#include "model/ModelTensors.h"
#include "model/TransformerMetadata.h"

namespace attnviz {
namespace {

std::string model_phrase(const TransformerConfig& config) {
  return "a Transformer with " + std::to_string(config.enc_layers) + " encoder and " +
         std::to_string(config.dec_layers) + " decoder layers";
}

}  // namespace

TransformerModelData transformer_from_container(const SafetensorsContent& content) {
  TransformerMetadata metadata = parse_transformer_metadata(content.metadata);
  const TransformerConfig& config = metadata.config;
  const long long src_size = static_cast<long long>(metadata.src_vocab.size());
  const long long tgt_size = static_cast<long long>(metadata.tgt_vocab.size());
  TransformerModelData data{config, make_vocabulary(std::move(metadata.src_vocab), "src_vocab"),
                            make_vocabulary(std::move(metadata.tgt_vocab), "tgt_vocab"), {},
                            std::move(metadata.card_json)};
  const ExpectedTensors expected = expected_tensors(config, src_size, tgt_size);
  require_known_tensors(content.tensors, expected, model_phrase(config));
  require_expected_shapes(content.tensors, expected);
  // Sized only now that the file is known to hold that many floats.
  data.weights = make_transformer_weights(config, src_size, tgt_size);
  copy_weights(content.tensors, tensors_of(data.weights, config));
  return data;
}

TransformerModelData read_transformer_bytes(std::span<const std::byte> file, const std::filesystem::path& path) {
  try {
    return transformer_from_container(parse_safetensors(file));
  } catch (const FormatError& error) {
    throw ModelFileError(path.string(), error.what());
  }
}

TransformerModelData read_transformer_file(const std::filesystem::path& path) {
  const MappedFile file(path);
  return read_transformer_bytes(file.bytes(), path);
}

void write_transformer_file(const std::filesystem::path& path, const TransformerModelData& data) {
  const TransformerMetadata metadata{data.config, data.src_vocab.tokens(), data.tgt_vocab.tokens(), data.card_json};
  // tensors_of only forms views of the weights, which are only read here.
  auto& weights = const_cast<TransformerWeights&>(data.weights);
  AtomicFile file(path);
  write_safetensors(file.stream(), to_metadata_map(metadata), tensors_of(weights, data.config));
  file.commit();
}

}  // namespace attnviz
