#pragma once
// Numbers that summarise attention maps, for the panes, the comparison view
// and the evaluation. Rows are probability distributions (each sums to 1).
//
// Units: entropy in nats (natural log, like Alignment::logprob): 0 for a
// row that puts all its weight on one token, ln(n) for a uniform row over
// n tokens. Jensen-Shannon divergence in bits (log base 2), so it lies in
// [0, 1]: 0 for identical rows, 1 for rows with no token in common.

#include "alignment/Alignment.h"

#include <vector>

namespace attnviz {

// The entropy of each row of `weights`, in nats; zero weights add nothing.
std::vector<double> row_entropies(const RowMatrix& weights);
// The mean of row_entropies(); 0 for a map without rows.
double mean_entropy(const RowMatrix& weights);
// The same from entropies already taken.
double mean_entropy(const std::vector<double>& row_entropies);

// The columns of `row` with the k largest weights, largest first, ties to
// the lower column: the source words a step's context is made of.
std::vector<int> top_columns(const Eigen::Ref<const Eigen::RowVectorXf>& row, int k);

// Jensen-Shannon divergence of two distributions of the same length, in bits.
double js_divergence(const Eigen::Ref<const Eigen::RowVectorXf>& p,
                     const Eigen::Ref<const Eigen::RowVectorXf>& q);
// The mean over rows of the divergence between row t of `a` and row t of
// `b`; 0 for maps without rows. Throws std::invalid_argument when the shapes
// differ (two translations of different lengths have no common rows).
double mean_js_divergence(const RowMatrix& a, const RowMatrix& b);

// a - b, cell by cell, for the difference heatmap. Throws
// std::invalid_argument when the shapes differ.
RowMatrix difference(const RowMatrix& a, const RowMatrix& b);

}  // namespace attnviz
