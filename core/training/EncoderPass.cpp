#include "training/EncoderPass.h"

#include "training/EmbeddingRows.h"

namespace attnviz {
namespace {

void project_inputs(const GruWeights& w, const RowMatrix& inputs, GruLayer& gru) {
  gru.input_gates().noalias() = inputs * w.weight_ih.transpose();
  gru.input_gates().rowwise() += w.bias_ih.transpose();
}

// Zeroes the rows of sentences that have ended before position i.
void mask_padding(MatrixRef block, const TrainingBatch& batch, int i) {
  for (int b = 0; b < batch.size; ++b)
    if (i >= batch.source_lengths[b]) block.row(b).setZero();
}

}  // namespace

void EncoderPass::forward(const Seq2SeqWeights& w, const TrainingBatch& batch) {
  const int S = batch.source_steps, B = batch.size;
  const auto H = w.encoder_forward.weight_hh.cols();
  embedded_.resize(static_cast<Eigen::Index>(S) * B, w.encoder_embedding.cols());
  gather_rows(w.encoder_embedding, batch.source, embedded_);
  forward_gru_.resize(S, B, static_cast<int>(H));
  backward_gru_.resize(S, B, static_cast<int>(H));
  project_inputs(w.encoder_forward, embedded_, forward_gru_);
  project_inputs(w.encoder_backward, embedded_, backward_gru_);
  forward_states_.resize(static_cast<Eigen::Index>(S + 1) * B, H);
  backward_states_.resize(static_cast<Eigen::Index>(S + 1) * B, H);
  run_forward_direction(w, batch);
  run_backward_direction(w, batch);
  gather_outputs(batch);
}

void EncoderPass::run_forward_direction(const Seq2SeqWeights& w, const TrainingBatch& batch) {
  const Eigen::Index B = batch.size;
  forward_states_.topRows(B).setZero();
  for (int i = 0; i < batch.source_steps; ++i)
    forward_gru_.forward_step(w.encoder_forward, i, forward_states_.middleRows(i * B, B),
                              forward_states_.middleRows((i + 1) * B, B));
}

void EncoderPass::run_backward_direction(const Seq2SeqWeights& w, const TrainingBatch& batch) {
  const Eigen::Index B = batch.size;
  backward_states_.bottomRows(B).setZero();
  for (int i = batch.source_steps - 1; i >= 0; --i) {
    auto state = backward_states_.middleRows(i * B, B);
    backward_gru_.forward_step(w.encoder_backward, i, backward_states_.middleRows((i + 1) * B, B),
                               state);
    mask_padding(state, batch, i);
  }
}

void EncoderPass::gather_outputs(const TrainingBatch& batch) {
  const Eigen::Index B = batch.size, S = batch.source_steps, H = forward_states_.cols();
  annotations_.resize(B * S, 2 * H);
  summary_.resize(B, 2 * H);
  for (Eigen::Index b = 0; b < B; ++b) {
    for (Eigen::Index i = 0; i < S; ++i) {
      annotations_.row(b * S + i).head(H) = forward_states_.row((i + 1) * B + b);
      annotations_.row(b * S + i).tail(H) = backward_states_.row(i * B + b);
    }
    summary_.row(b).head(H) = forward_states_.row(batch.source_lengths[b] * B + b);
    summary_.row(b).tail(H) = backward_states_.row(b);
  }
}

void EncoderPass::backward(const Seq2SeqWeights& w, const TrainingBatch& batch,
                           const RowMatrix& dannotations, ConstMatrixRef dsummary,
                           Seq2SeqWeights& grad) {
  scatter_gradients(batch, dannotations, dsummary);
  carry_.resize(batch.size, forward_states_.cols());
  backpropagate_forward_direction(w, batch);
  backpropagate_backward_direction(w, batch);
  const Eigen::Index rows = static_cast<Eigen::Index>(batch.source_steps) * batch.size;
  forward_gru_.add_recurrent_gradients(grad.encoder_forward, forward_states_.topRows(rows));
  backward_gru_.add_recurrent_gradients(grad.encoder_backward, backward_states_.bottomRows(rows));
  add_input_gradients(w, batch, grad);
}

void EncoderPass::scatter_gradients(const TrainingBatch& batch, const RowMatrix& dannotations,
                                    ConstMatrixRef dsummary) {
  const Eigen::Index B = batch.size, S = batch.source_steps, H = forward_states_.cols();
  dforward_.resize(S * B, H);
  dbackward_.resize(S * B, H);
  for (Eigen::Index b = 0; b < B; ++b) {
    for (Eigen::Index i = 0; i < S; ++i) {
      dforward_.row(i * B + b) = dannotations.row(b * S + i).head(H);
      dbackward_.row(i * B + b) = dannotations.row(b * S + i).tail(H);
    }
    dforward_.row((batch.source_lengths[b] - 1) * B + b) += dsummary.row(b).head(H);
    dbackward_.row(b) += dsummary.row(b).tail(H);
  }
}

void EncoderPass::backpropagate_forward_direction(const Seq2SeqWeights& w,
                                                  const TrainingBatch& batch) {
  const Eigen::Index B = batch.size;
  carry_.setZero();
  for (int i = batch.source_steps - 1; i >= 0; --i) {
    auto dh = dforward_.middleRows(i * B, B);
    dh += carry_;
    forward_gru_.backward_step(w.encoder_forward, i, forward_states_.middleRows(i * B, B), dh,
                               carry_);
  }
}

void EncoderPass::backpropagate_backward_direction(const Seq2SeqWeights& w,
                                                   const TrainingBatch& batch) {
  const Eigen::Index B = batch.size;
  carry_.setZero();
  for (int i = 0; i < batch.source_steps; ++i) {
    auto dh = dbackward_.middleRows(i * B, B);
    dh += carry_;
    mask_padding(dh, batch, i);
    backward_gru_.backward_step(w.encoder_backward, i, backward_states_.middleRows((i + 1) * B, B),
                                dh, carry_);
  }
}

void EncoderPass::add_input_gradients(const Seq2SeqWeights& w, const TrainingBatch& batch,
                                      Seq2SeqWeights& grad) {
  const RowMatrix& dforward_gates = forward_gru_.input_gate_gradients();
  const RowMatrix& dbackward_gates = backward_gru_.input_gate_gradients();
  grad.encoder_forward.weight_ih.noalias() += dforward_gates.transpose() * embedded_;
  grad.encoder_backward.weight_ih.noalias() += dbackward_gates.transpose() * embedded_;
  dembedded_.noalias() = dforward_gates * w.encoder_forward.weight_ih;
  dembedded_.noalias() += dbackward_gates * w.encoder_backward.weight_ih;
  scatter_add_rows(dembedded_, batch.source, grad.encoder_embedding);
}

}  // namespace attnviz
