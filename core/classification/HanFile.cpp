#include "classification/HanFile.h"

#include "classification/HanMetadata.h"
#include "export/AtomicFile.h"
#include "model/FormatError.h"
#include "model/MappedFile.h"
#include "model/ModelFileError.h"
#include "model/ModelTensors.h"

namespace attnviz {

HanModelData han_from_container(const SafetensorsContent& content) {
  HanMetadata metadata = parse_han_metadata(content.metadata);
  const long long vocab_size = static_cast<long long>(metadata.vocab.size());
  const long long class_count = static_cast<long long>(metadata.classes.size());
  HanModelData data{metadata.config, make_vocabulary(std::move(metadata.vocab), "vocab"), std::move(metadata.classes),
                    {}, std::move(metadata.card_json)};
  const ExpectedTensors expected = expected_tensors(data.config, vocab_size, class_count);
  require_known_tensors(content.tensors, expected, "a hierarchical attention network");
  require_expected_shapes(content.tensors, expected);
  // Sized only now that the file is known to hold that many floats.
  data.weights = make_han_weights(data.config, vocab_size, class_count);
  copy_weights(content.tensors, tensors_of(data.weights, data.config));
  return data;
}

HanModelData read_han_bytes(std::span<const std::byte> file, const std::filesystem::path& path) {
  try {
    return han_from_container(parse_safetensors(file));
  } catch (const FormatError& error) {
    throw ModelFileError(path.string(), error.what());
  }
}

HanModelData read_han_file(const std::filesystem::path& path) {
  const MappedFile file(path);
  return read_han_bytes(file.bytes(), path);
}

void write_han_file(const std::filesystem::path& path, const HanModelData& data) {
  const HanMetadata metadata{data.config, data.vocab.tokens(), data.classes, data.card_json};
  // tensors_of only forms views of the weights, which are only read here.
  auto& weights = const_cast<HanWeights&>(data.weights);
  AtomicFile file(path);
  write_safetensors(file.stream(), to_metadata_map(metadata), tensors_of(weights, data.config));
  file.commit();
}

}  // namespace attnviz
