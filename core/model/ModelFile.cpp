#include "model/ModelFile.h"

#include "export/AtomicFile.h"
#include "model/FormatError.h"
#include "model/MappedFile.h"
#include "model/ModelFileError.h"
#include "model/Safetensors.h"
#include "model/Seq2SeqMetadata.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace attnviz {
namespace {

using Tensors = std::map<std::string, SafetensorsTensor>;
using ExpectedTensors = std::vector<std::pair<std::string, std::vector<long long>>>;

Vocabulary make_vocabulary(std::vector<std::string> tokens, const std::string& key) {
  try {
    return Vocabulary(std::move(tokens));
  } catch (const std::invalid_argument& error) {
    throw FormatError(key + ": " + error.what());
  }
}

void require_known_tensors(const Tensors& tensors, const ExpectedTensors& expected, ScoreFunction score) {
  for (const auto& tensor : tensors) {
    const std::string& name = tensor.first;  // a plain reference: clang 14 cannot capture a structured binding
    const bool known = std::any_of(expected.begin(), expected.end(), [&](const auto& e) { return e.first == name; });
    if (!known)
      throw FormatError("tensor " + name + " is not part of a model with the " + to_string(score) + " score");
  }
}

void require_expected_shapes(const Tensors& tensors, const ExpectedTensors& expected) {
  for (const auto& [name, shape] : expected) {
    const auto found = tensors.find(name);
    if (found == tensors.end()) throw FormatError("tensor " + name + " is missing");
    if (found->second.shape != shape)
      throw FormatError("tensor " + name + " has shape " + shape_to_string(found->second.shape) + ", config says " +
                        shape_to_string(shape));
  }
}

void require_finite(const TensorRef& tensor) {
  const float* begin = tensor.data;
  const float* end = begin + tensor.size();
  const float* bad = std::find_if(begin, end, [](float x) { return !std::isfinite(x); });
  if (bad != end)
    throw FormatError("tensor " + tensor.name + " has " + (std::isnan(*bad) ? "a NaN" : "an infinite value") +
                      " at index " + std::to_string(bad - begin));
}

// The one copy of the weights: file bytes straight into the matrices, with
// memcpy because the data need not be aligned for float.
void copy_weights(const Tensors& tensors, const std::vector<TensorRef>& destinations) {
  for (const TensorRef& destination : destinations) {
    const std::span<const std::byte> bytes = tensors.at(destination.name).bytes;
    std::memcpy(destination.data, bytes.data(), bytes.size());
    require_finite(destination);
  }
}

Seq2SeqModelData parse_model(std::span<const std::byte> file) {
  const SafetensorsContent content = parse_safetensors(file);
  Seq2SeqMetadata metadata = parse_seq2seq_metadata(content.metadata);
  const ModelConfig& config = metadata.config;
  const long long src_size = static_cast<long long>(metadata.src_vocab.size());
  const long long tgt_size = static_cast<long long>(metadata.tgt_vocab.size());
  Seq2SeqModelData data{config, make_vocabulary(std::move(metadata.src_vocab), "src_vocab"),
                        make_vocabulary(std::move(metadata.tgt_vocab), "tgt_vocab"), {},
                        std::move(metadata.card_json)};
  const ExpectedTensors expected = expected_tensors(config, src_size, tgt_size);
  require_known_tensors(content.tensors, expected, config.score);
  require_expected_shapes(content.tensors, expected);
  // Sized only now that the file is known to hold that many floats.
  data.weights = make_weights(config, src_size, tgt_size);
  copy_weights(content.tensors, tensors_of(data.weights, config));
  return data;
}

}  // namespace

Seq2SeqModelData read_seq2seq_bytes(std::span<const std::byte> file, const std::filesystem::path& path) {
  try {
    return parse_model(file);
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
