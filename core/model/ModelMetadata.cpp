#include "model/ModelMetadata.h"

#include "model/FormatError.h"
#include "model/UntrustedJson.h"

#include <charconv>
#include <cstdlib>

namespace attnviz {
namespace {

using json = nlohmann::json;

std::string quoted(const std::string& text) { return json_excerpt(json(text)); }

json parse_object(const std::string& text, const std::string& key) {
  json value = parse_untrusted_json(text, key + " metadata");
  if (!value.is_object())
    throw FormatError(key + " metadata is not a JSON object but " + json_excerpt(value));
  return value;
}

}  // namespace

const std::string& require_entry(const Metadata& metadata, const std::string& key) {
  if (metadata.empty())
    throw FormatError("header has no __metadata__ with the model's format, config and vocabularies "
                      "(is this an attnviz model file?)");
  const auto found = metadata.find(key);
  if (found == metadata.end())
    throw FormatError("metadata has no \"" + key + "\" (is this an attnviz model file?)");
  return found->second;
}

const std::string& read_format(const Metadata& metadata) { return require_entry(metadata, "format"); }

void require_format(const Metadata& metadata, const std::string& expected) {
  const std::string& format = read_format(metadata);
  if (format != expected)
    throw FormatError("metadata format is " + quoted(format) + ", expected \"" + expected + "\"");
  const std::string& version = require_entry(metadata, "format_version");
  if (version != kFormatVersion)
    throw FormatError("metadata format_version is " + quoted(version) + ", this attnviz reads version " +
                      kFormatVersion);
}

json read_config_object(const Metadata& metadata) {
  return parse_object(require_entry(metadata, "config"), "config");
}

const json& require_field(const json& config, const std::string& field) {
  const auto found = config.find(field);
  if (found == config.end()) throw FormatError("config has no \"" + field + "\"");
  return *found;
}

int read_size(const json& config, const std::string& field, int max) {
  const json& value = require_field(config, field);
  if (!value.is_number_integer() || value.get<long long>() < 1 || value.get<long long>() > max)
    throw FormatError("config " + field + " is " + json_excerpt(value) + ", expected an integer in 1.." +
                      std::to_string(max));
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

Metadata common_metadata(const std::string& format, const json& config, const std::vector<std::string>& src_vocab,
                         const std::vector<std::string>& tgt_vocab, const std::string& card_json) {
  Metadata map{{"format", format},
               {"format_version", kFormatVersion},
               {"config", config.dump()},
               {"src_vocab", json(src_vocab).dump()},
               {"tgt_vocab", json(tgt_vocab).dump()}};
  if (!card_json.empty()) map.emplace("card", card_json);
  return map;
}

double shortest_double(float value) {
  char text[32];
  const auto end = std::to_chars(text, text + sizeof text - 1, value).ptr;
  *end = '\0';
  return std::strtod(text, nullptr);
}

}  // namespace attnviz
