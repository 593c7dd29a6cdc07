#pragma once
// The decoder over a mini-batch with teacher forcing: the init layer, the
// attention-GRU recurrence, and the output layer with its loss; forward with
// caches, then backward through time.
//
// The combine layer's input [s_t ; c_t ; E_tgt[y_{t-1}]] of every step is
// one row of `features_`: the recurrence writes c_t and s_t into it, so the
// combine and output layers afterwards run as one GEMM over all steps.
//
// Hard attention (MODEL_SPEC.md): the GRU reads no context, the middle of
// `features_` stays 0, and HardOutputLayer marginalises over the source
// positions the policy reads; its loss reaches the policy's energies directly.

#include "training/AttentionLayer.h"
#include "training/HardOutputLayer.h"
#include "training/OutputLayer.h"
#include "training/TrainingBatch.h"

namespace attnviz {

class DecoderPass {
 public:
  // annotations and summary come from EncoderPass and must outlive backward().
  void forward(const Seq2SeqWeights& w, const ModelConfig& config, const TrainingBatch& batch,
               const RowMatrix& annotations, const RowMatrix& summary);
  // Sum of -log p(y_t) over the batch's target tokens (hard: the marginal).
  double loss() const { return hard_ ? hard_output_.loss() : output_.loss(); }
  // Per time-major row: did the teacher-forced decoder predict the target?
  const std::vector<char>& correct() const { return hard_ ? hard_output_.correct() : output_.correct(); }
  const AttentionLayer& attention() const { return attention_; }
  // Gradients of scale * loss; afterwards annotation_gradients() and
  // summary_gradient() hold what flows back into the encoder.
  void backward(const Seq2SeqWeights& w, const TrainingBatch& batch, float scale,
                Seq2SeqWeights& grad);
  const RowMatrix& annotation_gradients() const {
    return hard_ ? dannotations_ : attention_.annotation_gradients();
  }
  const RowMatrix& summary_gradient() const { return dsummary_; }

 private:
  void initialise_state(const Seq2SeqWeights& w);
  void embed_and_project(const Seq2SeqWeights& w, const TrainingBatch& batch);
  void run_recurrence(const Seq2SeqWeights& w, int steps);
  void backpropagate_recurrence(const Seq2SeqWeights& w, int steps, Seq2SeqWeights& grad);
  void add_input_gradients(const Seq2SeqWeights& w, const TrainingBatch& batch,
                           Seq2SeqWeights& grad);
  void backpropagate_init(const Seq2SeqWeights& w, Seq2SeqWeights& grad);

  Eigen::Index batch_ = 0, decoder_ = 0, context_ = 0, embed_ = 0;  // B, D, 2H, E
  bool hard_ = false;
  const RowMatrix* summary_ = nullptr;
  const RowMatrix* annotations_ = nullptr;
  RowMatrix states_;    // [(T + 1) * B, D]: block 0 is s_0, block t + 1 is s_t
  RowMatrix features_;  // [T * B, D + 2H + E]: row t * B + b is [s_t ; c_t ; E_tgt[y_{t-1}]]
  GruLayer gru_;
  AttentionLayer attention_;
  OutputLayer output_;
  HardOutputLayer hard_output_;
  RowMatrix dfeatures_, carry_, dsummary_, dinit_;
  RowMatrix dannotations_;  // hard: through the policy's scores and the output layer
};

}  // namespace attnviz
