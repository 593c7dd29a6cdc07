#include "export/AlignmentJsonReader.h"

#include "export/MatrixFileError.h"
#include "export/StrictJson.h"

#include <optional>

namespace attnviz {
namespace {

using json = nlohmann::json;

const json* field(const json& object, const char* key) {
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

const json& required(const json& object, const char* key, const std::string& file) {
  const json* value = field(object, key);
  if (!value) throw MatrixFileError(file, std::string("has no \"") + key + "\"");
  return *value;
}

std::vector<std::string> tokens_of(const json& object, const char* key, const std::string& file) {
  const json& value = required(object, key, file);
  if (!value.is_array()) throw MatrixFileError(file, std::string("\"") + key + "\" is not an array of strings");
  std::vector<std::string> tokens;
  for (const json& token : value) {
    if (!token.is_string()) throw MatrixFileError(file, std::string("\"") + key + "\" holds " + token.dump() + ", not a string");
    tokens.push_back(token.get<std::string>());
  }
  return tokens;
}

RowMatrix matrix_of(const json& value, const char* key, const std::string& file) {
  const std::string name = std::string("\"") + key + "\"";
  if (!value.is_array()) throw MatrixFileError(file, name + " is not an array of rows");
  const size_t cols = value.empty() || !value[0].is_array() ? 0 : value[0].size();
  RowMatrix matrix(static_cast<Eigen::Index>(value.size()), static_cast<Eigen::Index>(cols));
  for (size_t r = 0; r < value.size(); ++r) {
    if (!value[r].is_array() || value[r].size() != cols)
      throw MatrixFileError(file, name + " row " + std::to_string(r) + " is not an array of " + std::to_string(cols) + " numbers");
    for (size_t c = 0; c < cols; ++c) {
      if (!value[r][c].is_number()) throw MatrixFileError(file, name + " row " + std::to_string(r) + " holds " + value[r][c].dump() + ", not a number");
      matrix(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = value[r][c].get<float>();
    }
  }
  return matrix;
}

std::string text_of(const json& object, const char* key, const std::string& file) {
  const json* value = field(object, key);
  if (!value) return {};
  if (!value->is_string()) throw MatrixFileError(file, std::string("\"") + key + "\" is not a string");
  return value->get<std::string>();
}

DecodeMode mode_of(const json& object, const std::string& file) {
  const std::string mode = text_of(object, "mode", file);
  for (DecodeMode m : {DecodeMode::Greedy, DecodeMode::Beam, DecodeMode::Forced})
    if (mode == to_string(m)) return m;
  if (mode.empty()) return DecodeMode::Forced;
  throw MatrixFileError(file, "\"mode\" is \"" + mode + "\"; expected greedy, beam or forced");
}

int beam_of(const json& object, const std::string& file) {
  const json* beam = field(object, "beam");
  if (!beam) return 1;
  if (!beam->is_number_integer() || beam->get<long long>() < 1 || beam->get<long long>() > 1000)
    throw MatrixFileError(file, "\"beam\" is " + beam->dump() + "; expected a width from 1 to 1000");
  return beam->get<int>();
}

ImportedMatrix labels_of(const json& object, const std::string& file) {
  if (!object.is_object()) throw MatrixFileError(file, "holds " + std::string(object.type_name()) + ", expected a JSON object");
  ImportedMatrix m;
  m.source_tokens = tokens_of(object, "src_tokens", file);
  m.target_tokens = tokens_of(object, "tgt_tokens", file);
  m.model.name = text_of(object, "model", file);
  m.model.score = text_of(object, "score", file);
  m.model.sha256 = text_of(object, "sha256", file);
  m.translation = text_of(object, "translation", file);
  m.mode = mode_of(object, file);
  m.beam_width = beam_of(object, file);
  return m;
}

int index_of(const json& map, const char* key, size_t i, const std::string& file) {
  const json* value = field(map, key);
  if (!value || !value->is_number_integer() || value->get<long long>() < 0 || value->get<long long>() >= 1024)
    throw MatrixFileError(file, "\"maps\" entry " + std::to_string(i) + " has no \"" + key +
                                    "\" from 0 to 1023" + (value ? " (it is " + value->dump() + ")" : ""));
  return value->get<int>();
}

AttentionMap map_of(const json& map, size_t i, const std::string& file) {
  if (!map.is_object()) throw MatrixFileError(file, "\"maps\" entry " + std::to_string(i) + " is not an object");
  const std::string kind_name = text_of(map, "kind", file);
  const std::optional<MapKind> kind = parse_map_kind(kind_name);
  if (!kind)
    throw MatrixFileError(file, "\"maps\" entry " + std::to_string(i) + " has kind \"" + kind_name +
                                    "\"; expected cross, encoder_self or decoder_self");
  const int layer = index_of(map, "layer", i, file);
  const int head = index_of(map, "head", i, file);
  return make_map(*kind, layer, head, matrix_of(required(map, "weights", file), "weights", file));
}

// Our own JSON's "maps" ({kind, layer, head, weights} per head, the
// headline left out): more than one map is read as a model's every head.
std::vector<AttentionMap> heads_of(const json& object, const std::string& file) {
  const json* maps = field(object, "maps");
  if (!maps) return {};
  if (!maps->is_array()) throw MatrixFileError(file, "\"maps\" is not an array of maps");
  if (maps->size() < 2) return {};  // one map is the "attention" matrix itself
  std::vector<AttentionMap> heads;
  for (size_t i = 0; i < maps->size(); ++i) {
    AttentionMap map = map_of((*maps)[i], i, file);
    for (const AttentionMap& before : heads)
      if (before.kind == map.kind && before.layer == map.layer && before.head == map.head)
        throw MatrixFileError(file, "\"maps\" has " + map.name + " twice");
    heads.push_back(std::move(map));
  }
  return heads;
}

ModelAlignment alignment_of(const json& object, const std::string& file) {
  ImportedMatrix m = labels_of(object, file);
  m.heads = heads_of(object, file);
  if (!m.heads.empty()) return to_model_alignment(std::move(m), file);
  m.weights = matrix_of(required(object, "attention", file), "attention", file);
  const json* scores = field(object, "scores");
  if (scores && !scores->empty()) m.scores = matrix_of(*scores, "scores", file);
  return to_model_alignment(std::move(m), file);
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < text.size();) {
    const size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

// JSON lines when the first non-blank line is a whole object by itself.
bool is_json_lines(const std::vector<std::string_view>& lines) {
  for (std::string_view line : lines)
    if (!is_blank(line)) return line[line.find_first_not_of(" \t")] == '{' && json::accept(line);
  return false;
}

ModelAlignments parse_lines(const std::vector<std::string_view>& lines, const std::string& file) {
  ModelAlignments alignments;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (is_blank(lines[i])) continue;
    const std::string where = file + " line " + std::to_string(i + 1);
    alignments.push_back(alignment_of(parse_json_strictly(lines[i], where), where));
  }
  return alignments;
}

ModelAlignments parse_document(std::string_view text, const std::string& file) {
  const json document = parse_json_strictly(text, file);
  if (!document.is_array()) return {alignment_of(document, file)};
  ModelAlignments alignments;
  for (const json& object : document) alignments.push_back(alignment_of(object, file));
  if (alignments.empty()) throw MatrixFileError(file, "holds an empty array");
  return alignments;
}

}  // namespace

ModelAlignments parse_alignment_json(std::string_view text, const std::string& file) {
  const std::vector<std::string_view> lines = lines_of(text);
  return is_json_lines(lines) ? parse_lines(lines, file) : parse_document(text, file);
}

ImportedMatrix parse_matrix_labels(std::string_view text, const std::string& file) {
  return labels_of(parse_json_strictly(text, file), file);
}

}  // namespace attnviz
