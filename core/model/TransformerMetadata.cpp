#include "model/TransformerMetadata.h"

#include "model/FormatError.h"

namespace attnviz {
namespace {

using json = nlohmann::json;

// d_k = d / h must be a whole number: each head takes d_k columns of Q, K, V.
void require_divisible(const TransformerConfig& config) {
  if (config.d_model % config.heads != 0)
    throw FormatError("config d_model " + std::to_string(config.d_model) + " is not divisible by heads " +
                      std::to_string(config.heads));
}

TransformerConfig read_config(const Metadata& metadata) {
  const json config = read_config_object(metadata);
  TransformerConfig result;
  result.d_model = read_size(config, "d_model");
  result.heads = read_size(config, "heads");
  result.ffn = read_size(config, "ffn");
  result.enc_layers = read_size(config, "enc_layers", kMaxTransformerLayers);
  result.dec_layers = read_size(config, "dec_layers", kMaxTransformerLayers);
  result.max_positions = read_size(config, "max_positions", kMaxPositions);
  result.src_lang = read_string(config, "src_lang");
  result.tgt_lang = read_string(config, "tgt_lang");
  result.max_len_ratio = read_max_len_ratio(config);
  require_divisible(result);
  return result;
}

json config_json(const TransformerConfig& config) {
  return {{"d_model", config.d_model},       {"heads", config.heads},
          {"ffn", config.ffn},               {"enc_layers", config.enc_layers},
          {"dec_layers", config.dec_layers}, {"max_positions", config.max_positions},
          {"src_lang", config.src_lang},     {"tgt_lang", config.tgt_lang},
          {"max_len_ratio", shortest_double(config.max_len_ratio)}};
}

}  // namespace

TransformerMetadata parse_transformer_metadata(const Metadata& metadata) {
  require_format(metadata, kTransformerFormat);
  return {read_config(metadata), read_vocabulary(metadata, "src_vocab"), read_vocabulary(metadata, "tgt_vocab"),
          read_card(metadata)};
}

Metadata to_metadata_map(const TransformerMetadata& metadata) {
  return common_metadata(kTransformerFormat, config_json(metadata.config), metadata.src_vocab, metadata.tgt_vocab,
                         metadata.card_json);
}

}  // namespace attnviz
