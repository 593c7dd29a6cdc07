#pragma once
// Turns one decoder step's energies into its alignment row, for any
// mechanism of MODEL_SPEC.md ("Attention mechanisms"): a softmax over every
// position (global), or over the window [p_t - D, p_t + D] only, times a
// Gaussian around p_t for local-p. Positions outside the window get exactly
// 0. Hard attention's policy is the global softmax. Buffers are sized in the constructor, so weigh() allocates nothing.

#include "model/ModelConfig.h"
#include "model/Seq2SeqWeights.h"

namespace attnviz {

class AttentionWindow {
 public:
  // `weights` must outlive the window; `length` is n, the source length.
  AttentionWindow(const Seq2SeqWeights& weights, const ModelConfig& config, Eigen::Index length);

  // Writes a_t for 0-based step `step` (t - 1) from the query s_{t-1} and
  // the energies e_t, both of the source's length n.
  void weigh(const Vector& query, int step, const Vector& energies, Vector& attention);

  // D, or 0 for global and hard attention (no window).
  int half_width() const { return is_local(mechanism_) ? window_ : 0; }
  // p_t of the last weigh(): where its window was centred (0 for global).
  float centre() const { return centre_; }

 private:
  float place(const Vector& query, int step);

  const Seq2SeqWeights& weights_;
  AttentionMechanism mechanism_;
  int window_, length_;
  float centre_ = 0;
  Vector position_hidden_;  // local-p: [A] tanh(W_p q)
};

}  // namespace attnviz
