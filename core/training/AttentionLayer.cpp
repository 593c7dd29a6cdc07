#include "training/AttentionLayer.h"

namespace attnviz {

void AttentionLayer::prepare(const Seq2SeqWeights& w, ScoreFunction score,
                             const RowMatrix& annotations, std::span<const int> lengths,
                             int target_steps) {
  annotations_ = &annotations;
  lengths_ = lengths;
  batch_ = static_cast<int>(lengths.size());
  source_steps_ = static_cast<int>(annotations.rows()) / batch_;
  score_layer_.prepare(w, score, annotations, lengths, target_steps);
  weights_.resize(static_cast<Eigen::Index>(target_steps) * batch_, source_steps_);
  dannotations_.setZero(annotations.rows(), annotations.cols());
  scores_.resize(batch_, source_steps_);
  dscores_.resize(batch_, source_steps_);
  dweights_.resize(source_steps_);
}

Eigen::Block<const RowMatrix, Eigen::Dynamic, Eigen::Dynamic, true> AttentionLayer::keys(int b) const {
  return annotations_->middleRows(static_cast<Eigen::Index>(b) * source_steps_, lengths_[b]);
}

void AttentionLayer::forward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                                  MatrixRef contexts) {
  score_layer_.forward_step(w, t, queries, scores_);
  for (int b = 0; b < batch_; ++b) {
    const Eigen::Index L = lengths_[b];
    auto row = weights_.row(static_cast<Eigen::Index>(t) * batch_ + b);
    const auto scores = scores_.row(b).head(L).array();
    row.head(L) = (scores - scores.maxCoeff()).exp().matrix();
    row.head(L) /= row.head(L).sum();
    row.tail(source_steps_ - L).setZero();
    contexts.row(b).noalias() = row.head(L) * keys(b);
  }
}

//   da_i = dc . h_i,  dh_i += a_i dc,  de_i = a_i (da_i - sum_j a_j da_j)
void AttentionLayer::backward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                                   ConstMatrixRef dcontexts, MatrixRef dqueries,
                                   Seq2SeqWeights& grad) {
  for (int b = 0; b < batch_; ++b) {
    const Eigen::Index L = lengths_[b];
    const auto a = weights_.row(static_cast<Eigen::Index>(t) * batch_ + b).head(L);
    auto da = dweights_.head(L);
    da.noalias() = dcontexts.row(b) * keys(b).transpose();
    dannotations_.middleRows(static_cast<Eigen::Index>(b) * source_steps_, L).noalias() +=
        a.transpose() * dcontexts.row(b);
    dscores_.row(b).head(L) = a.cwiseProduct((da.array() - a.dot(da)).matrix());
  }
  score_layer_.backward_step(w, t, queries, dscores_, dqueries, dannotations_, grad);
}

void AttentionLayer::finish_backward(const Seq2SeqWeights& w, ConstMatrixRef queries,
                                     Seq2SeqWeights& grad) {
  score_layer_.finish_backward(w, queries, dannotations_, grad);
}

}  // namespace attnviz
