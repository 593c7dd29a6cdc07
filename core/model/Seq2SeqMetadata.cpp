#include "model/Seq2SeqMetadata.h"

#include "model/FormatError.h"
#include "model/UntrustedJson.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace attnviz {
namespace {

using json = nlohmann::json;
using Metadata = std::map<std::string, std::string>;

constexpr const char* kFormat = "attnviz-seq2seq";
constexpr const char* kFormatVersion = "1";

std::string quoted(const std::string& text) { return json_excerpt(json(text)); }

const std::string& require_entry(const Metadata& metadata, const std::string& key) {
  const auto found = metadata.find(key);
  if (found == metadata.end())
    throw FormatError("metadata has no \"" + key + "\" (is this an attnviz model file?)");
  return found->second;
}

void require_format(const Metadata& metadata) {
  const std::string& format = require_entry(metadata, "format");
  if (format != kFormat)
    throw FormatError("metadata format is " + quoted(format) + ", expected \"" + kFormat + "\"");
  const std::string& version = require_entry(metadata, "format_version");
  if (version != kFormatVersion)
    throw FormatError("metadata format_version is " + quoted(version) + ", this attnviz reads version " +
                      kFormatVersion);
}

json parse_object(const std::string& text, const std::string& key) {
  json value = parse_untrusted_json(text, key + " metadata");
  if (!value.is_object())
    throw FormatError(key + " metadata is not a JSON object but " + json_excerpt(value));
  return value;
}

const json& require_field(const json& config, const std::string& field) {
  const auto found = config.find(field);
  if (found == config.end()) throw FormatError("config has no \"" + field + "\"");
  return *found;
}

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

int read_size(const json& config, const std::string& field) {
  const json& value = require_field(config, field);
  if (!value.is_number_integer() || value.get<long long>() < 1 || value.get<long long>() > kMaxLayerSize)
    throw FormatError("config " + field + " is " + json_excerpt(value) + ", expected an integer in 1.." +
                      std::to_string(kMaxLayerSize));
  return value.get<int>();
}

std::string read_string(const json& config, const std::string& field) {
  const json& value = require_field(config, field);
  if (!value.is_string()) throw FormatError("config " + field + " is " + json_excerpt(value) + ", expected a string");
  return value.get<std::string>();
}

float read_max_len_ratio(const json& config) {
  const json& value = require_field(config, "max_len_ratio");
  if (!value.is_number() || !(value.get<double>() > 0.0) || value.get<double>() > kMaxLenRatio)
    throw FormatError("config max_len_ratio is " + json_excerpt(value) + ", expected a number in (0, " +
                      std::to_string(static_cast<int>(kMaxLenRatio)) + "]");
  return value.get<float>();
}

ModelConfig read_config(const Metadata& metadata) {
  const json config = parse_object(require_entry(metadata, "config"), "config");
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

std::vector<std::string> read_vocabulary(const Metadata& metadata, const std::string& key) {
  const json tokens = parse_untrusted_json(require_entry(metadata, key), key + " metadata");
  if (!tokens.is_array()) throw FormatError(key + " metadata is not a JSON array but " + json_excerpt(tokens));
  if (tokens.size() > static_cast<std::size_t>(kMaxVocabularySize))
    throw FormatError(key + " has " + std::to_string(tokens.size()) + " tokens, more than the limit of " +
                      std::to_string(kMaxVocabularySize));
  std::vector<std::string> result;
  result.reserve(tokens.size());
  for (const json& token : tokens) {
    if (!token.is_string())
      throw FormatError(key + " token " + std::to_string(result.size()) + " is " + json_excerpt(token) +
                        ", not a string");
    result.push_back(token.get<std::string>());
  }
  return result;
}

std::string read_card(const Metadata& metadata) {
  const auto found = metadata.find("card");
  if (found == metadata.end()) return "";
  parse_object(found->second, "card");
  return found->second;
}

// The double nearest the float's shortest decimal form, so that the file
// says 1.7 rather than 1.7000000476837158 and still reads back exactly.
double shortest_double(float value) {
  char text[32];
  const auto end = std::to_chars(text, text + sizeof text - 1, value).ptr;
  *end = '\0';
  return std::strtod(text, nullptr);
}

json config_json(const ModelConfig& config) {
  return {{"score", to_string(config.score)},     {"embed", config.embed},
          {"hidden", config.hidden},              {"attn", config.attn},
          {"src_lang", config.src_lang},          {"tgt_lang", config.tgt_lang},
          {"max_len_ratio", shortest_double(config.max_len_ratio)}};
}

}  // namespace

Seq2SeqMetadata parse_seq2seq_metadata(const Metadata& metadata) {
  if (metadata.empty())
    throw FormatError("header has no __metadata__ with the model's format, config and vocabularies "
                      "(is this an attnviz model file?)");
  require_format(metadata);
  return {read_config(metadata), read_vocabulary(metadata, "src_vocab"), read_vocabulary(metadata, "tgt_vocab"),
          read_card(metadata)};
}

Metadata to_metadata_map(const Seq2SeqMetadata& metadata) {
  Metadata map{{"format", kFormat},
               {"format_version", kFormatVersion},
               {"config", config_json(metadata.config).dump()},
               {"src_vocab", json(metadata.src_vocab).dump()},
               {"tgt_vocab", json(metadata.tgt_vocab).dump()}};
  if (!metadata.card_json.empty()) map.emplace("card", metadata.card_json);
  return map;
}

}  // namespace attnviz
