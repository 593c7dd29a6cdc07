#include "model/MultiheadAttention.h"

#include "model/HeadMask.h"

#include <cmath>
#include <limits>

namespace attnviz {
namespace {

// exp(x - max) / sum, over the first `length` entries of a row.
template <class Scores, class Weights>
void softmax(const Scores& scores, Weights&& weights) {
  const float max = scores.maxCoeff();
  weights = (scores.array() - max).exp().matrix();
  weights /= weights.sum();
}

RowMatrix project(const RowMatrix& x, const RowMatrix& in_proj, const Eigen::VectorXf& bias, Eigen::Index part) {
  const Eigen::Index d = x.cols();
  RowMatrix y = x * in_proj.middleRows(part * d, d).transpose();
  y.rowwise() += bias.segment(part * d, d).transpose();
  return y;
}

}  // namespace

float query_scale(Eigen::Index head_size) {
  return static_cast<float>(std::sqrt(1.0 / static_cast<double>(head_size)));
}

RowMatrix attend_all(const MultiheadAttentionWeights& w, int heads, const RowMatrix& queries,
                     const RowMatrix& memory, bool causal, HeadMaps& maps, std::span<const char> off) {
  const Eigen::Index d = queries.cols(), dk = d / heads, rows = queries.rows(), keys = memory.rows();
  const RowMatrix q = project(queries, w.in_proj_weight, w.in_proj_bias, 0) * query_scale(dk);
  const RowMatrix k = project(memory, w.in_proj_weight, w.in_proj_bias, 1);
  const RowMatrix v = project(memory, w.in_proj_weight, w.in_proj_bias, 2);
  RowMatrix context(rows, d);
  maps.weights.assign(static_cast<size_t>(heads), RowMatrix::Zero(rows, keys));
  maps.scores.assign(static_cast<size_t>(heads), RowMatrix::Zero(rows, keys));
  for (int a = 0; a < heads; ++a) {
    RowMatrix& scores = maps.scores[static_cast<size_t>(a)];
    RowMatrix& weights = maps.weights[static_cast<size_t>(a)];
    scores.noalias() = q.middleCols(a * dk, dk) * k.middleCols(a * dk, dk).transpose();
    for (Eigen::Index i = 0; i < rows; ++i) {
      const Eigen::Index seen = causal ? std::min(i + 1, keys) : keys;  // masked keys get weight 0
      softmax(scores.row(i).head(seen), weights.row(i).head(seen));
    }
    context.middleCols(a * dk, dk).noalias() = weights * v.middleCols(a * dk, dk);
  }
  silence_heads(off, dk, context);
  RowMatrix out = context * w.out_proj_weight.transpose();
  out.rowwise() += w.out_proj_bias.transpose();
  return out;
}

void attend_one(Eigen::Ref<Eigen::VectorXf> query, const RowMatrix& keys, const RowMatrix& values,
                Eigen::Index length, int heads, Eigen::Ref<RowMatrix> weights, Eigen::Ref<RowMatrix> scores,
                Eigen::VectorXf& context) {
  const Eigen::Index dk = query.size() / heads;
  query *= query_scale(dk);
  for (int a = 0; a < heads; ++a) {
    // scores_a = K_a q_a over the keys seen (the row viewed as a column, so
    // that the product goes straight into it, without a temporary)
    scores.row(a).head(length).transpose().noalias() = keys.block(0, a * dk, length, dk) * query.segment(a * dk, dk);
    softmax(scores.row(a).head(length), weights.row(a).head(length));
    // context_a = V_a^T weights_a
    context.segment(a * dk, dk).noalias() =
        values.block(0, a * dk, length, dk).transpose() * weights.row(a).head(length).transpose();
  }
}

void project_out(const MultiheadAttentionWeights& w, const Eigen::VectorXf& context, Eigen::VectorXf& out) {
  out = w.out_proj_bias;
  out.noalias() += w.out_proj_weight * context;
}

}  // namespace attnviz
