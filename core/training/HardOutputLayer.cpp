#include "training/HardOutputLayer.h"

#include "model/AttentionMechanism.h"
#include "tokens/Vocabulary.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace attnviz {
namespace {

// A batch's pair buffers hold tens of megabytes, so they only grow: sized
// afresh for every batch, each would come from mmap as new pages, and
// zeroing those cost the trainer a third of its time in the kernel.
void reserve_rows(RowMatrix& buffer, Eigen::Index rows, Eigen::Index cols) {
  if (buffer.rows() < rows || buffer.cols() != cols) buffer.resize(std::max(rows, buffer.rows()), cols);
}

}  // namespace

void HardOutputLayer::forward(const Seq2SeqWeights& w, ConstMatrixRef features, const RowMatrix& annotations,
                              const RowMatrix& policy, std::span<const int> lengths,
                              std::span<const int> targets) {
  batch_ = static_cast<Eigen::Index>(lengths.size());
  source_steps_ = policy.cols();
  decoder_ = w.combine_bias.size();
  context_ = annotations.cols();
  policy_ = &policy;
  lengths_ = lengths;
  targets_ = targets;
  pair_up(policy);
  // The middle columns of `features` are 0, so this is W_s s_t + W_e e.
  base_.noalias() = features * w.combine_weight.transpose();
  base_.rowwise() += w.combine_bias.transpose();
  keys_.noalias() = annotations * w.combine_weight.middleCols(decoder_, context_).transpose();
  const auto count = static_cast<Eigen::Index>(pairs_.size());
  reserve_rows(hidden_, count, decoder_);
  reserve_rows(probabilities_, count, w.out_bias.size());
  for (size_t p = 0; p < pairs_.size(); ++p) {
    const Pair& pair = pairs_[p];
    const Eigen::Index b = pair.row % batch_;
    hidden_.row(static_cast<Eigen::Index>(p)) =
        (base_.row(pair.row) + keys_.row(b * source_steps_ + pair.position)).array().tanh().matrix();
  }
  auto probabilities = probabilities_.topRows(count);
  probabilities.noalias() = hidden_.topRows(count) * w.out_weight.transpose();
  probabilities.rowwise() += w.out_bias.transpose();
  posterior_.setZero(policy.rows(), source_steps_);
  loss_ = 0;
  correct_.assign(targets.size(), 0);
  for (Eigen::Index r = 0; r < policy.rows(); ++r) {
    if (row_starts_[r] == row_starts_[r + 1]) continue;
    loss_ += marginalise(r, row_starts_[r], row_starts_[r + 1], targets[r]);
  }
}

// Every readable real position of every row with a target, row by row.
void HardOutputLayer::pair_up(const RowMatrix& policy) {
  pairs_.clear();
  row_starts_.assign(targets_.size() + 1, 0);
  for (size_t r = 0; r < targets_.size(); ++r) {
    row_starts_[r] = static_cast<Eigen::Index>(pairs_.size());
    if (targets_[r] == Vocabulary::kPad) continue;
    const auto row = static_cast<Eigen::Index>(r);
    const int length = lengths_[r % lengths_.size()];
    for (int i = 0; i < length; ++i)
      if (policy(row, i) >= readable_policy_) pairs_.push_back({row, i});
  }
  row_starts_.back() = static_cast<Eigen::Index>(pairs_.size());
}

// Turns the row's pairs of logits into probabilities, records the
// posterior over positions and returns -log sum_i a_i p(target | i), summed
// in log space: a position's p(target | i) may underflow where another's
// does not.
double HardOutputLayer::marginalise(Eigen::Index r, Eigen::Index first_pair, Eigen::Index end_pair, int target) {
  const auto policy = policy_->row(r);
  const int chosen = chosen_position(policy.head(lengths_[static_cast<size_t>(r % batch_)]));
  constexpr double kNothing = -std::numeric_limits<double>::infinity();
  double best = kNothing;
  for (Eigen::Index p = first_pair; p < end_pair; ++p) {
    auto row = probabilities_.row(p);
    Eigen::Index argmax = 0;
    const float max = row.maxCoeff(&argmax);
    // From the logit, not from exp of it, which may underflow to 0.
    const double shifted_target = static_cast<double>(row[target] - max);
    row.array() = (row.array() - max).exp();
    const float sum = row.sum();
    const int i = pairs_[static_cast<size_t>(p)].position;
    if (i == chosen) correct_[static_cast<size_t>(r)] = argmax == target;
    const double log_p = shifted_target - std::log(static_cast<double>(sum));
    row /= sum;
    const double joint = std::log(static_cast<double>(policy[i])) + log_p;
    posterior_(r, i) = static_cast<float>(joint);  // log a_i p_i for now
    best = std::max(best, joint);
  }
  double total = 0;
  for (Eigen::Index p = first_pair; p < end_pair; ++p) {
    const int i = pairs_[static_cast<size_t>(p)].position;
    total += std::exp(static_cast<double>(posterior_(r, i)) - best);
  }
  const double log_marginal = best + std::log(total);
  for (Eigen::Index p = first_pair; p < end_pair; ++p) {
    const int i = pairs_[static_cast<size_t>(p)].position;
    posterior_(r, i) = static_cast<float>(std::exp(static_cast<double>(posterior_(r, i)) - log_marginal));
  }
  return -log_marginal;
}

//   dlogits_p = scale pi_i (p_i - onehot(y)),  dpre_p = (dlogits_p W_out) (1 - o^2),
//   dbase_t = sum_i dpre_t,i,  dkeys_i = sum_t dpre_t,i,  de_t,i = scale (a_t,i - pi_t,i)
void HardOutputLayer::backward(const Seq2SeqWeights& w, ConstMatrixRef features, const RowMatrix& annotations,
                               float scale, Seq2SeqWeights& grad, RowMatrix& dfeatures) {
  backpropagate_pairs(w, scale, grad);
  base_.setZero();
  keys_.setZero();
  for (size_t p = 0; p < pairs_.size(); ++p) {
    const Pair& pair = pairs_[p];
    const auto dpre = hidden_.row(static_cast<Eigen::Index>(p));
    base_.row(pair.row) += dpre;
    keys_.row((pair.row % batch_) * source_steps_ + pair.position) += dpre;
  }
  grad.combine_bias += base_.colwise().sum().transpose();
  grad.combine_weight.noalias() += base_.transpose() * features;
  grad.combine_weight.middleCols(decoder_, context_).noalias() += keys_.transpose() * annotations;
  dfeatures.noalias() = base_ * w.combine_weight;
  dfeatures.middleCols(decoder_, context_).setZero();
  dannotations_.noalias() = keys_ * w.combine_weight.middleCols(decoder_, context_);
  denergies_.setZero(posterior_.rows(), source_steps_);
  for (Eigen::Index r = 0; r < posterior_.rows(); ++r) {
    if (row_starts_[r] == row_starts_[r + 1]) continue;
    const Eigen::Index length = lengths_[static_cast<size_t>(r % batch_)];
    denergies_.row(r).head(length) = scale * (policy_->row(r).head(length) - posterior_.row(r).head(length));
  }
}

// The output layer of every pair; leaves d loss / d pre-activation in hidden_.
void HardOutputLayer::backpropagate_pairs(const Seq2SeqWeights& w, float scale, Seq2SeqWeights& grad) {
  for (size_t p = 0; p < pairs_.size(); ++p) {
    const Pair& pair = pairs_[p];
    auto row = probabilities_.row(static_cast<Eigen::Index>(p));
    row[targets_[static_cast<size_t>(pair.row)]] -= 1.0f;
    row *= scale * posterior_(pair.row, pair.position);
  }
  const auto count = static_cast<Eigen::Index>(pairs_.size());
  const auto dlogits = probabilities_.topRows(count);
  auto hidden = hidden_.topRows(count);
  reserve_rows(dhidden_, count, decoder_);
  auto dhidden = dhidden_.topRows(count);
  grad.out_weight.noalias() += dlogits.transpose() * hidden;
  grad.out_bias += dlogits.colwise().sum().transpose();
  dhidden.noalias() = dlogits * w.out_weight;
  hidden.array() = dhidden.array() * (1.0f - hidden.array().square());
}

}  // namespace attnviz
