#include "export/ImportedMatrix.h"

#include "export/MatrixFileError.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>

namespace attnviz {
namespace {

std::string count(size_t n, const char* what) { return std::to_string(n) + " " + what; }

void check_labels(const ImportedMatrix& m, const std::string& file) {
  if (m.source_tokens.empty() || m.target_tokens.empty())
    throw MatrixFileError(file, "needs at least one source and one target token");
  const size_t longest = std::max(m.source_tokens.size(), m.target_tokens.size());
  if (longest > static_cast<size_t>(kMaxMatrixSide))
    throw MatrixFileError(file, count(longest, "tokens on one side; at most ") +
                                    std::to_string(kMaxMatrixSide) + " are supported");
}

size_t side(MapAxis axis, const ImportedMatrix& m) {
  return axis == MapAxis::Source ? m.source_tokens.size() : m.target_tokens.size();  // decoder inputs: one per row
}

const char* axis_name(MapAxis axis) {
  switch (axis) {
    case MapAxis::Target: return "target";
    case MapAxis::Source: return "source";
    case MapAxis::DecoderInput: return "decoder input";
  }
  return "?";
}

void check_shape(const RowMatrix& matrix, const std::string& name, const ImportedMatrix& m,
                 const std::string& file, MapAxis row = MapAxis::Target, MapAxis col = MapAxis::Source) {
  const auto rows = static_cast<size_t>(matrix.rows());
  const auto cols = static_cast<size_t>(matrix.cols());
  if (rows == side(row, m) && cols == side(col, m)) return;
  throw MatrixFileError(file, name + " has shape [" + std::to_string(rows) + "," + std::to_string(cols) +
                                  "], the tokens say [" + std::to_string(side(row, m)) + "," +
                                  std::to_string(side(col, m)) + "] (" + axis_name(row) + ", " +
                                  axis_name(col) + ")");
}

void check_finite(const RowMatrix& matrix, const std::string& name, const std::string& file,
                  bool weights = true) {
  for (Eigen::Index r = 0; r < matrix.rows(); ++r)
    for (Eigen::Index c = 0; c < matrix.cols(); ++c) {
      const std::string cell = name + " [" + std::to_string(r) + "][" + std::to_string(c) + "]";
      if (!std::isfinite(matrix(r, c))) throw MatrixFileError(file, cell + " is not a finite number");
      if (weights && matrix(r, c) < 0)
        throw MatrixFileError(file, cell + " is " + std::to_string(matrix(r, c)) +
                                        "; an attention weight is not negative");
    }
}

// "the attention matrix (cross, layer 1, head 2)"
void check_head(const AttentionMap& map, const ImportedMatrix& m, const std::string& file) {
  check_shape(map.weights, "the attention matrix (" + map.name + ")", m, file, map.rows, map.cols);
  check_finite(map.weights, "attention (" + map.name + ")", file);
}

// The last layer's cross-attention averaged over its heads, or nullopt when
// the file has no cross-attention.
std::optional<AttentionMap> headline_of(const std::vector<AttentionMap>& heads) {
  int last = -1;
  for (const AttentionMap& map : heads)
    if (map.kind == MapKind::Cross) last = std::max(last, map.layer);
  if (last < 0) return std::nullopt;
  RowMatrix sum;
  int count = 0;
  for (const AttentionMap& map : heads) {
    if (map.kind != MapKind::Cross || map.layer != last) continue;
    sum = count == 0 ? map.weights : RowMatrix(sum + map.weights);
    ++count;
  }
  return make_map(MapKind::Cross, last, kMeanOverHeads, sum / static_cast<float>(count));
}

Alignment alignment_of(ImportedMatrix& m) {
  Alignment a;
  a.source_unknown.assign(m.source_tokens.size(), false);
  a.source_tokens = std::move(m.source_tokens);
  a.target_tokens = std::move(m.target_tokens);
  a.translation = std::move(m.translation);
  if (m.heads.empty()) {
    a.maps.push_back({"attention", std::move(m.weights), std::move(m.scores)});
  } else {
    if (auto headline = headline_of(m.heads)) a.maps.push_back(std::move(*headline));
    for (AttentionMap& map : m.heads) a.maps.push_back(std::move(map));
  }
  a.mode = m.mode;
  a.beam_width = m.beam_width;
  return a;
}

}  // namespace

ModelAlignment to_model_alignment(ImportedMatrix matrix, const std::string& file) {
  check_labels(matrix, file);
  if (!matrix.heads.empty()) {
    for (const AttentionMap& map : matrix.heads) check_head(map, matrix, file);
  } else {
    check_shape(matrix.weights, "the attention matrix", matrix, file);
    check_finite(matrix.weights, "attention", file);
  }
  if (matrix.heads.empty() && matrix.scores.size() > 0) {
    check_shape(matrix.scores, "the scores matrix", matrix, file);
    check_finite(matrix.scores, "scores", file, false);
  }
  ModelInfo model = std::move(matrix.model);
  if (model.name.empty()) model.name = std::filesystem::path(file).stem().string();
  model.path = file;
  model.kind = "imported";
  return {std::move(model), alignment_of(matrix)};
}

}  // namespace attnviz
