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

std::string mechanism_names() {
  std::string names;
  for (AttentionMechanism mechanism : kAllMechanisms)
    names += (names.empty() ? "" : ", ") + std::string(to_string(mechanism));
  return names;
}

// Absent means global: files written before local attention stay valid.
AttentionMechanism read_mechanism(const json& config) {
  const auto found = config.find("mechanism");
  if (found == config.end()) return AttentionMechanism::Global;
  const std::optional<AttentionMechanism> mechanism =
      found->is_string() ? parse_attention_mechanism(found->get_ref<const std::string&>()) : std::nullopt;
  if (!mechanism)
    throw FormatError("config mechanism " + json_excerpt(*found) + " is not one of " + mechanism_names());
  return *mechanism;
}

// A window only means something to a local mechanism, so global and hard
// refuse one rather than carry a number nothing reads.
int read_window(const json& config, AttentionMechanism mechanism) {
  if (is_local(mechanism))
    return read_size(config, "window", kMaxWindow);
  if (config.contains("window"))
    throw FormatError("config window " + json_excerpt(config["window"]) + " is given but mechanism is " +
                      to_string(mechanism) + "; a window needs local-m or local-p");
  return 0;
}

ModelConfig read_config(const Metadata& metadata) {
  const json config = read_config_object(metadata);
  ModelConfig result;
  result.score = read_score(config);
  result.embed = read_size(config, "embed");
  result.hidden = read_size(config, "hidden");
  result.mechanism = read_mechanism(config);
  result.window = read_window(config, result.mechanism);
  // A is used by the additive score and local-p only, so other models may leave it out.
  if (result.score == ScoreFunction::Additive || result.mechanism == AttentionMechanism::LocalPredicted ||
      config.contains("attn"))
    result.attn = read_size(config, "attn");
  result.src_lang = read_string(config, "src_lang");
  result.tgt_lang = read_string(config, "tgt_lang");
  result.max_len_ratio = read_max_len_ratio(config);
  return result;
}

// Global models are written without `mechanism`, as before local attention,
// so their files stay byte for byte what older attnviz wrote and reads.
json config_json(const ModelConfig& config) {
  json result = {{"score", to_string(config.score)},     {"embed", config.embed},
                 {"hidden", config.hidden},              {"attn", config.attn},
                 {"src_lang", config.src_lang},          {"tgt_lang", config.tgt_lang},
                 {"max_len_ratio", shortest_double(config.max_len_ratio)}};
  if (config.mechanism != AttentionMechanism::Global) result["mechanism"] = to_string(config.mechanism);
  if (config.is_local()) result["window"] = config.window;
  return result;
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
