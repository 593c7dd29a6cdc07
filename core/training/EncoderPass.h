#pragma once
// The bidirectional GRU encoder over a mini-batch, forward with caches and
// backward through time. The backward direction starts at each sentence's
// last real token: its state is forced to zero at padded positions, so the
// first real step sees h = 0 and padding gets no gradient.

#include "training/GruLayer.h"
#include "training/TrainingBatch.h"

namespace attnviz {

class EncoderPass {
 public:
  void forward(const Seq2SeqWeights& w, const TrainingBatch& batch);
  // [B * S, 2H], row b * S + i = [fwd_i ; bwd_i] of sentence b (batch-major for attention).
  const RowMatrix& annotations() const { return annotations_; }
  // [B, 2H], row b = [fwd_n ; bwd_1], the input of the decoder's init layer.
  const RowMatrix& summary() const { return summary_; }
  void backward(const Seq2SeqWeights& w, const TrainingBatch& batch,
                const RowMatrix& dannotations, ConstMatrixRef dsummary, Seq2SeqWeights& grad);

 private:
  void run_forward_direction(const Seq2SeqWeights& w, const TrainingBatch& batch);
  void run_backward_direction(const Seq2SeqWeights& w, const TrainingBatch& batch);
  void gather_outputs(const TrainingBatch& batch);
  void scatter_gradients(const TrainingBatch& batch, const RowMatrix& dannotations,
                         ConstMatrixRef dsummary);
  void backpropagate_forward_direction(const Seq2SeqWeights& w, const TrainingBatch& batch);
  void backpropagate_backward_direction(const Seq2SeqWeights& w, const TrainingBatch& batch);
  void add_input_gradients(const Seq2SeqWeights& w, const TrainingBatch& batch,
                           Seq2SeqWeights& grad);

  RowMatrix embedded_;                  // x_i, [S * B, E], time-major
  GruLayer forward_gru_, backward_gru_;
  RowMatrix forward_states_;            // [(S + 1) * B, H]: block 0 is h = 0, block i + 1 follows x_i
  RowMatrix backward_states_;           // [(S + 1) * B, H]: block S is h = 0, block i follows x_i
  RowMatrix annotations_, summary_;
  RowMatrix dforward_, dbackward_;      // d loss / d states, [S * B, H], time-major
  RowMatrix carry_;                     // d loss / d h_prev flowing to the next step back, [B, H]
  RowMatrix dembedded_;                 // [S * B, E]
};

}  // namespace attnviz
