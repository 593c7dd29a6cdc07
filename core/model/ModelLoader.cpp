#include "model/FormatError.h"
#include "model/MappedFile.h"
#include "model/ModelFromData.h"
#include "model/ModelFile.h"
#include "model/ModelFileError.h"
#include "model/ModelMetadata.h"
#include "model/Safetensors.h"
#include "model/Seq2SeqModel.h"
#include "model/Sha256.h"
#include "model/TransformerModel.h"
#include "model/UntrustedJson.h"

namespace attnviz {
namespace {

template <class Weights, class Config>
long long parameter_count(Weights& weights, const Config& config) {
  long long count = 0;
  for (const TensorRef& tensor : tensors_of(weights, config)) count += tensor.size();
  return count;
}

ModelInfo describe(const std::filesystem::path& path, std::span<const std::byte> file, const std::string& card_json) {
  ModelInfo info;
  info.name = path.stem().string();
  info.path = path.string();
  info.card_json = card_json;
  info.sha256 = sha256_hex(file);
  return info;
}

}  // namespace

std::unique_ptr<AttentionModel> make_model(Seq2SeqModelData data, ModelInfo info) {
  info.kind = "seq2seq";
  info.score = to_string(data.config.score);
  info.mechanism = to_string(data.config.mechanism);
  info.window = data.config.window;
  info.src_lang = data.config.src_lang;
  info.tgt_lang = data.config.tgt_lang;
  info.parameters = parameter_count(data.weights, data.config);
  return std::make_unique<Seq2SeqModel>(std::move(data), std::move(info));
}

// Its heads score by scaled dot products (TRANSFORMER_SPEC.md), so that is
// the score function views name and explain.
std::unique_ptr<AttentionModel> make_model(TransformerModelData data, ModelInfo info) {
  info.kind = "transformer";
  info.score = "scaled_dot";
  info.src_lang = data.config.src_lang;
  info.tgt_lang = data.config.tgt_lang;
  info.parameters = parameter_count(data.weights, data.config);
  return std::make_unique<TransformerModel>(std::move(data), std::move(info));
}

namespace {

std::unique_ptr<AttentionModel> model_of(std::span<const std::byte> file, const std::filesystem::path& path) {
  const SafetensorsContent content = parse_safetensors(file);
  const std::string& format = read_format(content.metadata);
  if (format == kTransformerFormat) {
    TransformerModelData data = transformer_from_container(content);
    ModelInfo info = describe(path, file, data.card_json);
    return make_model(std::move(data), std::move(info));
  }
  if (format != kSeq2SeqFormat)
    throw FormatError("metadata format is " + json_excerpt(nlohmann::json(format)) + ", expected \"" + kSeq2SeqFormat +
                      "\" or \"" + kTransformerFormat + "\"");
  Seq2SeqModelData data = seq2seq_from_container(content);
  ModelInfo info = describe(path, file, data.card_json);
  return make_model(std::move(data), std::move(info));
}

}  // namespace

// The file is mapped once: the same bytes are checked, copied into the
// weights and hashed.
std::unique_ptr<AttentionModel> load_model_bytes(std::span<const std::byte> file, const std::filesystem::path& path) {
  try {
    return model_of(file, path);
  } catch (const FormatError& error) {
    throw ModelFileError(path.string(), error.what());
  }
}

std::unique_ptr<AttentionModel> load_model(const std::filesystem::path& path) {
  const MappedFile file(path);
  return load_model_bytes(file.bytes(), path);
}

}  // namespace attnviz
