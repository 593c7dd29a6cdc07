#include "training/DecoderPass.h"

#include "training/EmbeddingRows.h"

namespace attnviz {

void DecoderPass::forward(const Seq2SeqWeights& w, const ModelConfig& config,
                          const TrainingBatch& batch, const RowMatrix& annotations,
                          const RowMatrix& summary) {
  const int T = batch.target_steps;
  batch_ = batch.size;
  decoder_ = w.init_bias.size();
  context_ = annotations.cols();
  embed_ = w.decoder_embedding.cols();
  hard_ = config.is_hard();
  summary_ = &summary;
  annotations_ = &annotations;
  states_.resize((T + 1) * batch_, decoder_);
  features_.resize(T * batch_, decoder_ + context_ + embed_);
  if (hard_) features_.middleCols(decoder_, context_).setZero();  // no soft context to write there
  initialise_state(w);
  embed_and_project(w, batch);
  attention_.prepare(w, config, annotations, batch.source_lengths, T);
  run_recurrence(w, T);
  features_.leftCols(decoder_) = states_.bottomRows(T * batch_);
  if (hard_)
    hard_output_.forward(w, features_, annotations, attention_.weights(), batch.source_lengths, batch.decoder_output);
  else
    output_.forward(w, features_, batch.decoder_output);
}

// s_0 = tanh(W_init [fwd_n ; bwd_1] + b_init)
void DecoderPass::initialise_state(const Seq2SeqWeights& w) {
  auto s0 = states_.topRows(batch_);
  s0.noalias() = *summary_ * w.init_weight.transpose();
  s0.rowwise() += w.init_bias.transpose();
  s0 = s0.array().tanh().matrix();
}

// The embedding part of the GRU input projection does not depend on the
// recurrence, so it is one GEMM over all steps.
void DecoderPass::embed_and_project(const Seq2SeqWeights& w, const TrainingBatch& batch) {
  auto embedded = features_.rightCols(embed_);
  gather_rows(w.decoder_embedding, batch.decoder_input, embedded);
  gru_.resize(batch.target_steps, batch_, decoder_);
  gru_.input_gates().noalias() = embedded * w.decoder_rnn.weight_ih.leftCols(embed_).transpose();
  gru_.input_gates().rowwise() += w.decoder_rnn.bias_ih.transpose();
}

//   q = s_{t-1};  c_t = attention(q);  s_t = GRUCell([E y_{t-1} ; c_t], s_{t-1})
// (hard: a_t = attention(q) only, and s_t = GRUCell(E y_{t-1}, s_{t-1}))
void DecoderPass::run_recurrence(const Seq2SeqWeights& w, int steps) {
  for (int t = 0; t < steps; ++t) {
    const auto query = states_.middleRows(t * batch_, batch_);
    auto context = features_.block(t * batch_, decoder_, batch_, context_);
    attention_.forward_step(w, t, query, context);
    if (!hard_)
      gru_.input_gates().middleRows(t * batch_, batch_).noalias() +=
          context * w.decoder_rnn.weight_ih.rightCols(context_).transpose();
    gru_.forward_step(w.decoder_rnn, t, query, states_.middleRows((t + 1) * batch_, batch_));
  }
}

void DecoderPass::backward(const Seq2SeqWeights& w, const TrainingBatch& batch, float scale,
                           Seq2SeqWeights& grad) {
  if (hard_)
    hard_output_.backward(w, features_, *annotations_, scale, grad, dfeatures_);
  else
    output_.backward(w, features_, batch.decoder_output, scale, grad, dfeatures_);
  backpropagate_recurrence(w, batch.target_steps, grad);
  add_input_gradients(w, batch, grad);
  backpropagate_init(w, grad);
  if (hard_) dannotations_ = attention_.annotation_gradients() + hard_output_.annotation_gradients();
}

// carry_ is d loss / d s_{t-1} from the steps after it (GRU h_prev and query).
void DecoderPass::backpropagate_recurrence(const Seq2SeqWeights& w, int steps,
                                           Seq2SeqWeights& grad) {
  carry_.setZero(batch_, decoder_);
  for (int t = steps - 1; t >= 0; --t) {
    const auto query = states_.middleRows(t * batch_, batch_);
    auto dstate = dfeatures_.block(t * batch_, 0, batch_, decoder_);
    dstate += carry_;
    gru_.backward_step(w.decoder_rnn, t, query, dstate, carry_);
    if (hard_) {
      attention_.backward_energies(w, t, query, hard_output_.energy_gradients().middleRows(t * batch_, batch_),
                                   carry_, grad);
      continue;
    }
    auto dcontext = dfeatures_.block(t * batch_, decoder_, batch_, context_);
    dcontext.noalias() += gru_.input_gate_gradients(t) * w.decoder_rnn.weight_ih.rightCols(context_);
    attention_.backward_step(w, t, query, dcontext, carry_, grad);
  }
  const auto queries = states_.topRows(steps * batch_);
  attention_.finish_backward(w, queries, grad);
  gru_.add_recurrent_gradients(grad.decoder_rnn, queries);
}

void DecoderPass::add_input_gradients(const Seq2SeqWeights& w, const TrainingBatch& batch,
                                      Seq2SeqWeights& grad) {
  const RowMatrix& dgates = gru_.input_gate_gradients();
  grad.decoder_rnn.weight_ih.leftCols(embed_).noalias() +=
      dgates.transpose() * features_.rightCols(embed_);
  if (!hard_)
    grad.decoder_rnn.weight_ih.rightCols(context_).noalias() +=
        dgates.transpose() * features_.middleCols(decoder_, context_);
  auto dembedded = dfeatures_.rightCols(embed_);
  dembedded.noalias() += dgates * w.decoder_rnn.weight_ih.leftCols(embed_);
  scatter_add_rows(dembedded, batch.decoder_input, grad.decoder_embedding);
}

void DecoderPass::backpropagate_init(const Seq2SeqWeights& w, Seq2SeqWeights& grad) {
  const auto s0 = states_.topRows(batch_);
  dinit_ = (carry_.array() * (1.0f - s0.array().square())).matrix();
  grad.init_weight.noalias() += dinit_.transpose() * *summary_;
  grad.init_bias += dinit_.colwise().sum().transpose();
  dsummary_.noalias() = dinit_ * w.init_weight;
}

}  // namespace attnviz
