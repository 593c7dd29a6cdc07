#pragma once
// The Transformer's decoder one token at a time, with a key/value cache:
// a step projects only the new decoder input, appends its keys and values
// to its lane's cache in every layer, and attends over the cache, so a
// step costs O(prefix) rather than re-running the whole prefix (O(prefix^2)).
//   u = E_tgt[y_{t-1}] * sqrt(d) + PE[t]
//   each layer: u = LN1(u + MaskedSelfAttn(u));  u = LN2(u + CrossAttn(u, memory));  u = LN3(u + FF(u))
//   log p(y_t) = log_softmax(out(decoder.norm(u)))
// The cross-attention keys and values of the memory are computed once per
// sentence and shared by every lane. Maps: the headline (last layer's
// cross-attention, mean over heads), then decoder_self and cross per layer
// and head.

#include "decoding/StepDecoder.h"
#include "model/HeadMask.h"
#include "model/TransformerFile.h"

#include <vector>

namespace attnviz {

class TransformerSteps final : public StepDecoder {
 public:
  // `memory` [n, d] and `positions` (at least `max_steps` rows) must outlive
  // the decoder; at most `max_steps` steps run per lane; `mask`: decoder
  // heads (self and cross) switched off.
  TransformerSteps(const TransformerModelData& model, const RowMatrix& positions, const RowMatrix& memory,
                   int max_steps, HeadMask mask = {});

  const std::vector<StepMap>& step_maps() const override { return maps_; }
  Eigen::Index vocabulary_size() const override { return log_probs_.size(); }
  void start(int lanes) override;
  void run(int lane, int previous_token) override;
  void reorder(std::span<const int> parents) override;
  // Edits the cross-attention of every decoder layer and head alike
  // (docs/what-if.md says why); decoder self-attention is left as it is.
  void set_attention_edit(const AttentionEdit* edit) override { edit_ = edit; }
  const Eigen::VectorXf& log_probs() const override { return log_probs_; }
  std::span<const float> weights(int map) const override;
  std::span<const float> scores(int map) const override;

 private:
  // One hypothesis: per decoder layer, the keys and values of its inputs so far.
  struct Lane {
    std::vector<RowMatrix> keys, values;  // [max_steps, d] each, `length` rows used
    Eigen::Index length = 0;
  };

  void self_attention(int layer, Lane& lane);
  void cross_attention(int layer, int step);
  void edit_cross_attention(int layer, int step);
  void feed_forward(int layer);
  void predict();
  void list_maps();
  Lane empty_lane() const;

  const TransformerModelData& model_;
  const RowMatrix& positions_;
  int heads_, layers_;
  Eigen::Index d_, n_, max_steps_;
  std::vector<RowMatrix> memory_keys_, memory_values_;  // per layer, [n, d]
  std::vector<Lane> lanes_, scratch_;
  std::vector<StepMap> maps_;
  Eigen::VectorXf u_, qkv_, query_, context_, attended_, hidden_, log_probs_;
  RowMatrix self_weights_, self_scores_;    // [layers * heads, max_steps]: row l * heads + a
  RowMatrix cross_weights_, cross_scores_;  // [layers * heads, n]
  Eigen::VectorXf headline_;                // [n]
  Eigen::Index last_length_ = 0;            // decoder inputs the last run attended over
  const AttentionEdit* edit_ = nullptr;
  HeadMask mask_;
};

}  // namespace attnviz
