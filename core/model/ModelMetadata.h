#pragma once
// What every attnviz model file's `__metadata__` holds, whatever the model
// family: format, format_version, a config object, src_vocab, tgt_vocab and
// an optional card, every value a string holding JSON (MODEL_SPEC.md and
// TRANSFORMER_SPEC.md, "The file"). Seq2SeqMetadata and TransformerMetadata
// read their own config with these helpers, so both formats reject the same
// things with the same messages.

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace attnviz {

// Bounds on the sizes a config may claim; larger is refused as absurd. They
// sit well above any model attnviz can show (its shipped models use 64 and
// vocabularies of a few thousand words).
inline constexpr int kMaxLayerSize = 4096;
inline constexpr int kMaxVocabularySize = 1'000'000;
inline constexpr float kMaxLenRatio = 10.0f;

using Metadata = std::map<std::string, std::string>;

inline constexpr const char* kSeq2SeqFormat = "attnviz-seq2seq";
inline constexpr const char* kTransformerFormat = "attnviz-transformer";
inline constexpr const char* kFormatVersion = "1";

// Throws FormatError when the map is empty (not an attnviz file) or lacks `key`.
const std::string& require_entry(const Metadata& metadata, const std::string& key);
// The `format` entry, whichever it is.
const std::string& read_format(const Metadata& metadata);
// Checks that `format` is `expected` and format_version is 1.
void require_format(const Metadata& metadata, const std::string& expected);

// The `config` entry as a JSON object.
nlohmann::json read_config_object(const Metadata& metadata);
const nlohmann::json& require_field(const nlohmann::json& config, const std::string& field);
// An integer in 1..`max`.
int read_size(const nlohmann::json& config, const std::string& field, int max = kMaxLayerSize);
std::string read_string(const nlohmann::json& config, const std::string& field);
// A number in (0, kMaxLenRatio].
float read_max_len_ratio(const nlohmann::json& config);

// An array of strings, checked for shape only: the Vocabulary checks the tokens.
std::vector<std::string> read_vocabulary(const Metadata& metadata, const std::string& key);
// The card verbatim (checked to be a JSON object), "" when absent.
std::string read_card(const Metadata& metadata);

// The entries both formats write: format, version, vocabularies, card.
Metadata common_metadata(const std::string& format, const nlohmann::json& config,
                         const std::vector<std::string>& src_vocab, const std::vector<std::string>& tgt_vocab,
                         const std::string& card_json);
// The double nearest the float's shortest decimal form, so that a file
// says 1.7 rather than 1.7000000476837158 and still reads back exactly.
double shortest_double(float value);

}  // namespace attnviz
