#include "training/MultiheadAttentionPass.h"

#include "model/MultiheadAttention.h"

namespace attnviz {
namespace {

using Stride = Eigen::OuterStride<>;
using ConstHeadView = Eigen::Map<const RowMatrix, 0, Stride>;
using HeadView = Eigen::Map<RowMatrix, 0, Stride>;

// Head a of sentence b in a time-major [steps * B, d] matrix: rows b,
// b + B, b + 2B, ... and columns a * d_k .. (a + 1) * d_k - 1.
ConstHeadView head_view(const RowMatrix& m, int batch, int steps, int b, int a, int head_size) {
  return ConstHeadView(m.data() + b * m.cols() + a * head_size, steps, head_size, Stride(batch * m.cols()));
}

HeadView head_view(RowMatrix& m, int batch, int steps, int b, int a, int head_size) {
  return HeadView(m.data() + b * m.cols() + a * head_size, steps, head_size, Stride(batch * m.cols()));
}

// y = x W[part]^T + b[part], part 0, 1, 2 = q, k, v of the stacked in_proj.
void project(const MultiheadAttentionWeights& w, ConstMatrixRef x, Eigen::Index part, RowMatrix& y) {
  const Eigen::Index d = x.cols();
  y.noalias() = x * w.in_proj_weight.middleRows(part * d, d).transpose();
  y.rowwise() += w.in_proj_bias.segment(part * d, d).transpose();
}

// The input side of project's backward: adds to W[part], b[part] and dx.
void project_back(const MultiheadAttentionWeights& w, ConstMatrixRef x, const RowMatrix& dy,
                  Eigen::Index part, MultiheadAttentionWeights& grad, RowMatrix& dx) {
  const Eigen::Index d = x.cols();
  grad.in_proj_weight.middleRows(part * d, d).noalias() += dy.transpose() * x;
  grad.in_proj_bias.segment(part * d, d) += dy.colwise().sum().transpose();
  dx.noalias() += dy * w.in_proj_weight.middleRows(part * d, d);
}

}  // namespace

int MultiheadAttentionPass::keys_seen(int b, int query) const {
  const int length = shape_.key_lengths[b];
  return shape_.causal ? std::min(query + 1, length) : length;
}

RowMatrix::ConstRowsBlockXpr MultiheadAttentionPass::weights(int b, int a) const {
  return weights_.middleRows((b * heads_ + a) * shape_.query_steps, shape_.query_steps);
}

void MultiheadAttentionPass::forward(const MultiheadAttentionWeights& w, int heads, ConstMatrixRef queries,
                                     ConstMatrixRef memory, const AttentionShape& shape, RowMatrix& out) {
  heads_ = heads;
  head_size_ = static_cast<int>(queries.cols()) / heads;
  shape_ = shape;
  project(w, queries, 0, q_);
  q_ *= query_scale(head_size_);  // scaled before the product, as PyTorch does
  project(w, memory, 1, k_);
  project(w, memory, 2, v_);
  context_.resize(queries.rows(), queries.cols());
  weights_.setZero(static_cast<Eigen::Index>(shape.batch) * heads * shape.query_steps, shape.key_steps);
  for (int b = 0; b < shape.batch; ++b)
    for (int a = 0; a < heads; ++a) attend(b, a);
  out.noalias() = context_ * w.out_proj_weight.transpose();
  out.rowwise() += w.out_proj_bias.transpose();
}

// A = softmax over the keys each query sees (the rest stay 0), C_a = A V_a.
void MultiheadAttentionPass::attend(int b, int a) {
  const int rows = shape_.query_steps, keys = shape_.key_steps;
  auto map = weights_.middleRows((b * heads_ + a) * rows, rows);
  map.noalias() = head_view(q_, shape_.batch, rows, b, a, head_size_) *
                  head_view(k_, shape_.batch, keys, b, a, head_size_).transpose();
  for (int i = 0; i < rows; ++i) {
    const int seen = keys_seen(b, i);
    auto row = map.row(i);
    const float max = row.head(seen).maxCoeff();
    row.head(seen) = (row.head(seen).array() - max).exp().matrix();
    row.head(seen) /= row.head(seen).sum();
    row.tail(keys - seen).setZero();
  }
  head_view(context_, shape_.batch, rows, b, a, head_size_).noalias() =
      map * head_view(v_, shape_.batch, keys, b, a, head_size_);
}

void MultiheadAttentionPass::backward(const MultiheadAttentionWeights& w, ConstMatrixRef queries,
                                      ConstMatrixRef memory, ConstMatrixRef dout,
                                      MultiheadAttentionWeights& grad, RowMatrix& dqueries,
                                      RowMatrix& dmemory) {
  grad.out_proj_weight.noalias() += dout.transpose() * context_;
  grad.out_proj_bias += dout.colwise().sum().transpose();
  dcontext_.noalias() = dout * w.out_proj_weight;
  dq_.setZero(q_.rows(), q_.cols());
  dk_.setZero(k_.rows(), k_.cols());
  dv_.setZero(v_.rows(), v_.cols());
  for (int b = 0; b < shape_.batch; ++b)
    for (int a = 0; a < heads_; ++a) backpropagate(b, a);
  dq_ *= query_scale(head_size_);
  project_back(w, queries, dq_, 0, grad, dqueries);
  project_back(w, memory, dk_, 1, grad, dmemory);
  project_back(w, memory, dv_, 2, grad, dmemory);
}

void MultiheadAttentionPass::backpropagate(int b, int a) {
  const int rows = shape_.query_steps, keys = shape_.key_steps, batch = shape_.batch;
  const auto map = weights(b, a);
  const ConstHeadView dcontext = head_view(static_cast<const RowMatrix&>(dcontext_), batch, rows, b, a, head_size_);
  head_view(dv_, batch, keys, b, a, head_size_).noalias() += map.transpose() * dcontext;
  dscores_.noalias() = dcontext * head_view(static_cast<const RowMatrix&>(v_), batch, keys, b, a, head_size_).transpose();
  // Softmax backward; masked keys have A = 0 and so get dS = 0.
  const Eigen::VectorXf along = (dscores_.array() * map.array()).rowwise().sum().matrix();
  dscores_ = (map.array() * (dscores_.colwise() - along).array()).matrix();
  head_view(dq_, batch, rows, b, a, head_size_).noalias() +=
      dscores_ * head_view(static_cast<const RowMatrix&>(k_), batch, keys, b, a, head_size_);
  head_view(dk_, batch, keys, b, a, head_size_).noalias() +=
      dscores_.transpose() * head_view(static_cast<const RowMatrix&>(q_), batch, rows, b, a, head_size_);
}

}  // namespace attnviz
