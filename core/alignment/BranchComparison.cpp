#include "alignment/BranchComparison.h"

#include <algorithm>

namespace attnviz {
namespace {

Eigen::Index leading_equal(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const auto [end_a, end_b] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  return static_cast<Eigen::Index>(end_a - a.begin());
}

std::vector<bool> changed_rows(const std::vector<std::string>& own, const std::vector<std::string>& branch) {
  std::vector<bool> changed(branch.size());
  for (size_t row = 0; row < branch.size(); ++row) changed[row] = row >= own.size() || own[row] != branch[row];
  return changed;
}

std::optional<Alignment> primary_difference(const Alignment& own, const Alignment& branch) {
  if (own.maps.empty() || branch.maps.empty()) return std::nullopt;
  const AttentionMap& a = own.primary();
  const AttentionMap& b = branch.primary();
  const Eigen::Index rows = std::min(a.weights.rows(), b.weights.rows());
  if (rows == 0 || a.weights.cols() != b.weights.cols() || own.labels(a.cols) != branch.labels(b.cols)) return std::nullopt;
  const std::vector<std::string> own_rows = own.labels(a.rows), branch_rows = branch.labels(b.rows);
  Alignment difference;
  difference.source_tokens = own.labels(a.cols);
  for (Eigen::Index row = 0; row < rows; ++row) {
    const std::string& mine = own_rows[static_cast<size_t>(row)];
    const std::string& theirs = branch_rows[static_cast<size_t>(row)];
    difference.target_tokens.push_back(mine == theirs ? theirs : mine + " → " + theirs);
  }
  const RowMatrix delta = b.weights.topRows(rows) - a.weights.topRows(rows);
  difference.maps = {AttentionMap{"difference", delta, delta}};
  return difference;
}

}  // namespace

BranchComparison compare_branch(const Alignment& own, const Alignment& branch) {
  BranchComparison comparison;
  comparison.shared_rows = leading_equal(own.target_tokens, branch.target_tokens);
  comparison.changed = changed_rows(own.target_tokens, branch.target_tokens);
  comparison.own_changed = changed_rows(branch.target_tokens, own.target_tokens);
  comparison.difference = primary_difference(own, branch);
  return comparison;
}

}  // namespace attnviz
