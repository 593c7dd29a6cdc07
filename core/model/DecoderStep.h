#pragma once
// One step of the decoder loop of MODEL_SPEC.md ("Decoder"):
//   e_t = score(s_{t-1}, h_i)       a_t = softmax(e_t)     c_t = sum_i a_{t,i} h_i
//   (a local mechanism takes the softmax over a window only: AttentionWindow)
//   s_t = GRUCell([E_tgt[y_{t-1}] ; c_t], s_{t-1})
//   (hard attention: a_t is the policy, c_t = h_z with z = argmax a_t, the
//   step's row is one-hot at z, and s_t = GRUCell(E_tgt[y_{t-1}], s_{t-1}))
//   o_t = tanh(W_comb [s_t ; c_t ; E_tgt[y_{t-1}]] + b_comb)
//   log p(y_t) = log_softmax(W_out o_t + b_out)
// Every buffer is sized in the constructor, so run() allocates nothing:
// a decode pays for its memory once per sentence, not once per token.
// (DecoderStepAllocationTest counts the heap calls of run() to hold us to it.)

#include "decoding/AttentionEdit.h"
#include "model/AttentionScorer.h"
#include "model/AttentionWindow.h"
#include "model/ModelConfig.h"
#include "model/Seq2SeqWeights.h"

namespace attnviz {

class DecoderStep {
 public:
  // `annotations` [n, 2H] must outlive the step.
  DecoderStep(const Seq2SeqWeights& weights, const ModelConfig& config,
              const RowMatrix& annotations);

  // s_0 = tanh(W_init [fwd_n ; bwd_1] + b_init).
  Vector initial_state() const;
  // Runs step t = step + 1 from y_{t-1} and s_{t-1}, with the attention
  // edited (masked, pinned at `step`) after the softmax and before c_t is
  // computed from it, or unedited when `edit` is nullptr. The step also
  // places a local-m window. The results stay readable below until the next
  // call. `previous_state` may be state() itself.
  void run(int previous_token, const Vector& previous_state, const AttentionEdit* edit, int step);

  const Vector& energies() const { return energies_; }    // e_t, [n]
  const Vector& weights() const { return attention_; }    // a_t, [n], sums to 1; hard: one-hot at z
  const Vector& policy() const { return policy_; }        // hard: the softmax z was chosen from, [n]
  const Vector& state() const { return state_; }          // s_t, [D]
  const Vector& log_probs() const { return log_probs_; }  // log p(y_t), [V_tgt]
  Eigen::Index source_length() const { return annotations_.rows(); }
  int window() const { return window_.half_width(); }            // D, 0 for global attention
  float window_centre() const { return window_.centre(); }       // p_t of the last run
  bool is_hard() const { return hard_; }

 private:
  void attend(const Vector& query, const AttentionEdit* edit, int step);
  void choose_position();
  void update_state(int previous_token, const Vector& previous_state);
  void predict();
  void project_output();

  const Seq2SeqWeights& weights_;
  const RowMatrix& annotations_;
  AttentionScorer scorer_;
  AttentionWindow window_;
  Eigen::Index embed_, context_size_, state_size_;
  bool hard_;
  Vector energies_, attention_;  // [n]
  Vector policy_;                // hard: [n], else empty
  Vector context_;               // [2H]: c_t
  Vector rnn_input_;             // [E + 2H]: [E_tgt[y_{t-1}] ; c_t]; hard: [E]
  Vector gates_x_, gates_h_;     // [3D]
  Vector state_;                 // [D]
  Vector combine_input_;         // [D + 2H + E]: [s_t ; c_t ; E_tgt[y_{t-1}]]
  Vector combined_;              // [D]: o_t
  Vector log_probs_;             // [V_tgt]
  bool reverse_output_ = false;  // see project_output
};

}  // namespace attnviz
