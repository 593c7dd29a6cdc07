#include "model/Seq2SeqMetadata.h"

#include "model/FormatError.h"
#include "model/UntrustedJson.h"

#include <optional>

namespace attnviz {
namespace {

using json = nlohmann::json;

std::string score_names() {
  std::string names;
  for (ScoreFunction score : kAllScoreFunctions) names += (names.empty() ? "" : ", ") + std::string(to_string(score));
  return names;
}

ScoreFunction read_score(const json& config) {
  const json& value = require_field(config, "score");
  const std::optional<ScoreFunction> score =
      value.is_string() ? parse_score_function(value.get_ref<const std::string&>()) : std::nullopt;
  if (!score)
    throw FormatError("config score " + json_excerpt(value) + " is not one of " + score_names());
  return *score;
}

ModelConfig read_config(const Metadata& metadata) {
  const json config = read_config_object(metadata);
  ModelConfig result;
  result.score = read_score(config);
  result.embed = read_size(config, "embed");
  result.hidden = read_size(config, "hidden");
  // A is used by the additive score only, so other models may leave it out.
  if (result.score == ScoreFunction::Additive || config.contains("attn")) result.attn = read_size(config, "attn");
  result.src_lang = read_string(config, "src_lang");
  result.tgt_lang = read_string(config, "tgt_lang");
  result.max_len_ratio = read_max_len_ratio(config);
  return result;
}

json config_json(const ModelConfig& config) {
  return {{"score", to_string(config.score)},     {"embed", config.embed},
          {"hidden", config.hidden},              {"attn", config.attn},
          {"src_lang", config.src_lang},          {"tgt_lang", config.tgt_lang},
          {"max_len_ratio", shortest_double(config.max_len_ratio)}};
}

}  // namespace

Seq2SeqMetadata parse_seq2seq_metadata(const Metadata& metadata) {
  require_format(metadata, kSeq2SeqFormat);
  return {read_config(metadata), read_vocabulary(metadata, "src_vocab"), read_vocabulary(metadata, "tgt_vocab"),
          read_card(metadata)};
}

Metadata to_metadata_map(const Seq2SeqMetadata& metadata) {
  return common_metadata(kSeq2SeqFormat, config_json(metadata.config), metadata.src_vocab, metadata.tgt_vocab,
                         metadata.card_json);
}

}  // namespace attnviz
