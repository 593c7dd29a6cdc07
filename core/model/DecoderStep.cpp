#include "model/DecoderStep.h"

#include "model/GruCell.h"

#include <algorithm>
#include <cmath>

namespace attnviz {

DecoderStep::DecoderStep(const Seq2SeqWeights& weights, const ModelConfig& config,
                         const RowMatrix& annotations)
    : weights_(weights), annotations_(annotations), scorer_(weights, config, annotations),
      window_(weights, config, annotations.rows()), embed_(config.embed), context_size_(2 * config.hidden),
      state_size_(config.decoder_size()), hard_(config.is_hard()), energies_(annotations.rows()),
      attention_(annotations.rows()), policy_(hard_ ? annotations.rows() : 0), context_(context_size_),
      rnn_input_(embed_ + (config.context_feeds_state() ? context_size_ : 0)), gates_x_(3 * state_size_),
      gates_h_(3 * state_size_),
      state_(state_size_), combine_input_(state_size_ + context_size_ + embed_),
      combined_(state_size_), log_probs_(weights.out_bias.size()) {}

Vector DecoderStep::initial_state() const {
  const Eigen::Index n = annotations_.rows(), h = context_size_ / 2;
  Vector ends(context_size_);
  ends << annotations_.row(n - 1).head(h).transpose(), annotations_.row(0).tail(h).transpose();
  Vector state = weights_.init_bias;
  state.noalias() += weights_.init_weight * ends;
  return state.array().tanh().matrix();
}

void DecoderStep::run(int previous_token, const Vector& previous_state, const AttentionEdit* edit, int step) {
  attend(previous_state, edit, step);
  update_state(previous_token, previous_state);
  predict();
}

void DecoderStep::attend(const Vector& query, const AttentionEdit* edit, int step) {
  scorer_.score(query, energies_);
  window_.weigh(query, step, energies_, attention_);
  // An edit changes what the step may attend to: for hard attention, the
  // policy the position is chosen from.
  if (edit != nullptr) edit->apply(step, {attention_.data(), static_cast<size_t>(attention_.size())});
  if (hard_) choose_position();
  context_.noalias() = annotations_.transpose() * attention_;
  // c_t goes straight into the GRU input, after the embedding.
  if (rnn_input_.size() > embed_) rnn_input_.tail(context_size_) = context_;
}

// The policy moves aside and the row becomes one-hot at its argmax, so the
// context above is exactly h_z.
void DecoderStep::choose_position() {
  policy_ = attention_;
  attention_.setZero();
  attention_[chosen_position(policy_)] = 1.0f;
}

void DecoderStep::update_state(int previous_token, const Vector& previous_state) {
  const GruWeights& gru = weights_.decoder_rnn;
  rnn_input_.head(embed_) = weights_.decoder_embedding.row(previous_token).transpose();
  gates_x_ = gru.bias_ih;
  gates_x_.noalias() += gru.weight_ih * rnn_input_;
  gates_h_ = gru.bias_hh;
  gates_h_.noalias() += gru.weight_hh * previous_state;
  state_ = previous_state;
  gru_update(gates_x_, gates_h_, state_);
}

void DecoderStep::predict() {
  combine_input_ << state_, context_, rnn_input_.head(embed_);
  combined_ = weights_.combine_bias;
  combined_.noalias() += weights_.combine_weight * combine_input_;
  combined_ = combined_.array().tanh().matrix();
  project_output();
  // log_softmax through log-sum-exp, shifted by the maximum so exp cannot overflow.
  const float max_logit = log_probs_.maxCoeff();
  const float log_sum = max_logit + std::log((log_probs_.array() - max_logit).exp().sum());
  log_probs_.array() -= log_sum;
}

// A step reads more weights than L2 holds, so read in the same order every
// step they would all come from L3. The output layer is read last and is
// the largest: reading it in the opposite direction each step starts with
// the rows the previous step left in L2.
void DecoderStep::project_output() {
  constexpr Eigen::Index kBlock = 64;  // fixed blocks: the same sums in either direction
  const Eigen::Index rows = log_probs_.size(), blocks = (rows + kBlock - 1) / kBlock;
  for (Eigen::Index b = 0; b < blocks; ++b) {
    const Eigen::Index start = (reverse_output_ ? blocks - 1 - b : b) * kBlock;
    const Eigen::Index size = std::min(kBlock, rows - start);
    log_probs_.segment(start, size) = weights_.out_bias.segment(start, size);
    log_probs_.segment(start, size).noalias() +=
        weights_.out_weight.middleRows(start, size) * combined_;
  }
  reverse_output_ = !reverse_output_;
}

}  // namespace attnviz
