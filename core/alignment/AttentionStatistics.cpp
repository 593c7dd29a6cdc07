#include "alignment/AttentionStatistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace attnviz {
namespace {

std::string shape_of(const RowMatrix& m) {
  return std::to_string(m.rows()) + "x" + std::to_string(m.cols());
}

void require_same_shape(const RowMatrix& a, const RowMatrix& b, const char* what) {
  if (a.rows() != b.rows() || a.cols() != b.cols()) {
    throw std::invalid_argument(std::string("cannot take the ") + what + " of attention maps of " +
                                shape_of(a) + " and " + shape_of(b) + " (rows x columns)");
  }
}

double entropy_of(const Eigen::Ref<const Eigen::RowVectorXf>& row) {
  double sum = 0;
  for (float p : row) sum -= p > 0 ? p * std::log(static_cast<double>(p)) : 0.0;
  return sum;
}

// Kullback-Leibler divergence of p from the mixture m, in bits; terms with
// p = 0 contribute nothing and m >= p/2 > 0 wherever p > 0.
double kl_to_mixture(const Eigen::Ref<const Eigen::RowVectorXf>& p, const Eigen::RowVectorXd& m) {
  double sum = 0;
  for (Eigen::Index i = 0; i < p.size(); ++i) {
    if (p[i] > 0) sum += p[i] * std::log2(p[i] / m[i]);
  }
  return sum;
}

}  // namespace

std::vector<double> row_entropies(const RowMatrix& weights) {
  std::vector<double> entropies;
  entropies.reserve(static_cast<size_t>(weights.rows()));
  for (Eigen::Index t = 0; t < weights.rows(); ++t) entropies.push_back(entropy_of(weights.row(t)));
  return entropies;
}

double mean_entropy(const RowMatrix& weights) { return mean_entropy(row_entropies(weights)); }

double mean_entropy(const std::vector<double>& entropies) {
  if (entropies.empty()) return 0;
  return std::accumulate(entropies.begin(), entropies.end(), 0.0) / static_cast<double>(entropies.size());
}

std::vector<int> top_columns(const Eigen::Ref<const Eigen::RowVectorXf>& row, int k) {
  std::vector<int> columns(static_cast<size_t>(row.size()));
  std::iota(columns.begin(), columns.end(), 0);
  const auto count = static_cast<long>(std::clamp<Eigen::Index>(k, 0, row.size()));
  // NaN (a foreign matrix) sorts last, keeping the order strict.
  const auto weight = [&row](int col) { return std::isnan(row[col]) ? -INFINITY : row[col]; };
  std::partial_sort(columns.begin(), columns.begin() + count, columns.end(), [&weight](int a, int b) {
    return weight(a) > weight(b) || (weight(a) == weight(b) && a < b);
  });
  columns.resize(static_cast<size_t>(count));
  return columns;
}

double js_divergence(const Eigen::Ref<const Eigen::RowVectorXf>& p,
                     const Eigen::Ref<const Eigen::RowVectorXf>& q) {
  const Eigen::RowVectorXd m = 0.5 * (p.cast<double>() + q.cast<double>());
  // Rounding can leave a tiny negative value for identical rows.
  return std::clamp(0.5 * kl_to_mixture(p, m) + 0.5 * kl_to_mixture(q, m), 0.0, 1.0);
}

double mean_js_divergence(const RowMatrix& a, const RowMatrix& b) {
  require_same_shape(a, b, "Jensen-Shannon divergence");
  if (a.rows() == 0) return 0;
  double sum = 0;
  for (Eigen::Index t = 0; t < a.rows(); ++t) sum += js_divergence(a.row(t), b.row(t));
  return sum / static_cast<double>(a.rows());
}

RowMatrix difference(const RowMatrix& a, const RowMatrix& b) {
  require_same_shape(a, b, "difference");
  return a - b;
}

}  // namespace attnviz
