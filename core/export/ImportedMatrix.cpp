#include "export/ImportedMatrix.h"

#include "export/MatrixFileError.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

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

void check_shape(const RowMatrix& matrix, const char* name, const ImportedMatrix& m,
                 const std::string& file) {
  const auto rows = static_cast<size_t>(matrix.rows());
  const auto cols = static_cast<size_t>(matrix.cols());
  if (rows == m.target_tokens.size() && cols == m.source_tokens.size()) return;
  throw MatrixFileError(file, std::string(name) + " has shape [" + std::to_string(rows) + "," +
                                  std::to_string(cols) + "], the tokens say [" +
                                  std::to_string(m.target_tokens.size()) + "," +
                                  std::to_string(m.source_tokens.size()) + "] (target, source)");
}

void check_finite(const RowMatrix& matrix, const char* name, const std::string& file) {
  for (Eigen::Index r = 0; r < matrix.rows(); ++r)
    for (Eigen::Index c = 0; c < matrix.cols(); ++c)
      if (!std::isfinite(matrix(r, c)))
        throw MatrixFileError(file, std::string(name) + " [" + std::to_string(r) + "][" +
                                        std::to_string(c) + "] is not a finite number");
}

Alignment alignment_of(ImportedMatrix& m) {
  Alignment a;
  a.source_unknown.assign(m.source_tokens.size(), false);
  a.source_tokens = std::move(m.source_tokens);
  a.target_tokens = std::move(m.target_tokens);
  a.translation = std::move(m.translation);
  a.maps.push_back({"attention", std::move(m.weights), std::move(m.scores)});
  a.mode = m.mode;
  a.beam_width = m.beam_width;
  return a;
}

}  // namespace

ModelAlignment to_model_alignment(ImportedMatrix matrix, const std::string& file) {
  check_labels(matrix, file);
  check_shape(matrix.weights, "the attention matrix", matrix, file);
  check_finite(matrix.weights, "attention", file);
  if (matrix.scores.size() > 0) {
    check_shape(matrix.scores, "the scores matrix", matrix, file);
    check_finite(matrix.scores, "scores", file);
  }
  ModelInfo model = std::move(matrix.model);
  if (model.name.empty()) model.name = std::filesystem::path(file).stem().string();
  model.path = file;
  model.kind = "imported";
  return {std::move(model), alignment_of(matrix)};
}

}  // namespace attnviz
