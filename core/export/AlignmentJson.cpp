#include "export/AlignmentJson.h"

#include <cstdio>
#include <cstdlib>

namespace attnviz {

double exact_float(float value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.9g", static_cast<double>(value));
  return std::strtod(text, nullptr);
}

nlohmann::json matrix_to_json(const RowMatrix& matrix) {
  nlohmann::json rows = nlohmann::json::array();
  for (Eigen::Index r = 0; r < matrix.rows(); ++r) {
    nlohmann::json row = nlohmann::json::array();
    for (Eigen::Index c = 0; c < matrix.cols(); ++c) row.push_back(exact_float(matrix(r, c)));
    rows.push_back(std::move(row));
  }
  return rows;
}

nlohmann::json alignment_to_json(const Alignment& alignment, const ModelInfo& model) {
  return {
      {"model", model.name},
      {"score", model.score},
      {"src_tokens", alignment.source_tokens},
      {"tgt_tokens", alignment.target_tokens},
      {"translation", alignment.translation},
      {"attention", matrix_to_json(alignment.primary().weights)},
      {"scores", matrix_to_json(alignment.primary().scores)},
      {"logprob", alignment.logprob},
      {"mode", to_string(alignment.mode)},
      {"beam", alignment.beam_width},
      {"sha256", model.sha256},
  };
}

std::string to_json_lines(const ModelAlignments& alignments) {
  std::string lines;
  for (const ModelAlignment& item : alignments) {
    const nlohmann::json line = alignment_to_json(item.alignment, item.model);
    lines += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return lines;
}

}  // namespace attnviz
