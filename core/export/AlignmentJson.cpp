#include "export/AlignmentJson.h"

#include <charconv>
#include <cmath>

namespace attnviz {
namespace {

void append_float(std::string& out, float value) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  char text[32];
  const auto end = std::to_chars(text, text + sizeof text, value).ptr;  // shortest round trip
  out.append(text, end);
}

// {"kind":"cross","layer":0,"head":0,"weights":[[...]]}
void append_map_json(std::string& out, const AttentionMap& map) {
  out += "{\"kind\":\"";
  out += to_string(map.kind);
  out += "\",\"layer\":" + std::to_string(map.layer) + ",\"head\":" + std::to_string(map.head) + ",\"weights\":";
  append_matrix_json(out, map.weights);
  out += '}';
}

// Every map of a single head, in the alignment's order.
void append_maps_json(std::string& out, const std::vector<AttentionMap>& maps) {
  out += '[';
  bool first = true;
  for (const AttentionMap& map : maps) {
    if (!is_single_head(map)) continue;
    if (!first) out += ',';
    append_map_json(out, map);
    first = false;
  }
  out += ']';
}

// A hard attention model's policy map, or nullptr.
const AttentionMap* policy_map(const std::vector<AttentionMap>& maps) {
  for (const AttentionMap& map : maps)
    if (map.head == kPolicy) return &map;
  return nullptr;
}

}  // namespace

void append_matrix_json(std::string& out, const RowMatrix& matrix) {
  out += '[';
  for (Eigen::Index r = 0; r < matrix.rows(); ++r) {
    out += r == 0 ? "[" : ",[";
    for (Eigen::Index c = 0; c < matrix.cols(); ++c) {
      if (c > 0) out += ',';
      append_float(out, matrix(r, c));
    }
    out += ']';
  }
  out += ']';
}

nlohmann::json alignment_labels_json(const Alignment& alignment, const ModelInfo& model) {
  nlohmann::json labels = {
      {"model", model.name},
      {"score", model.score},
      {"src_tokens", alignment.source_tokens},
      {"tgt_tokens", alignment.target_tokens},
      {"translation", alignment.translation},
      {"logprob", alignment.logprob},
      {"mode", to_string(alignment.mode)},
      {"beam", alignment.beam_width},
      {"sha256", model.sha256},
  };
  const AttentionMap& headline = alignment.primary();
  if (headline.window > 0) {
    labels["positions"] = headline.window_centres;
    labels["window"] = headline.window;
  }
  return labels;
}

// The labels go through nlohmann (string escaping, invalid UTF-8 replaced);
// the matrices are spliced in before the closing brace.
std::string alignment_json_line(const Alignment& alignment, const ModelInfo& model, const nlohmann::json& extra) {
  nlohmann::json labels = alignment_labels_json(alignment, model);
  labels.update(extra);
  std::string line = labels.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  line.pop_back();
  line += ",\"attention\":";
  append_matrix_json(line, alignment.primary().weights);
  line += ",\"scores\":";
  append_matrix_json(line, alignment.primary().scores);
  line += ",\"maps\":";
  append_maps_json(line, alignment.maps);
  if (const AttentionMap* policy = policy_map(alignment.maps)) {
    line += ",\"policy\":";
    append_matrix_json(line, policy->weights);
  }
  line += "}\n";
  return line;
}

std::string to_json_lines(const ModelAlignments& alignments) {
  std::string lines;
  for (const ModelAlignment& item : alignments) lines += alignment_json_line(item.alignment, item.model);
  return lines;
}

}  // namespace attnviz
