#pragma once
// The GRU decoder (DecoderStep) behind the StepDecoder interface: a lane's
// state is its decoder state s_t, and its one map is the attention over the
// source, named "attention" as before (cross, layer 0, head 0). Hard
// attention has two: the chosen positions (one-hot rows, the headline) and
// the policy they were chosen from (head kPolicy).

#include "decoding/StepDecoder.h"
#include "model/DecoderStep.h"

#include <vector>

namespace attnviz {

class Seq2SeqSteps final : public StepDecoder {
 public:
  // Both must outlive this; `initial_state` is s_0 of every lane.
  Seq2SeqSteps(DecoderStep& step, const Vector& initial_state);

  const std::vector<StepMap>& step_maps() const override { return maps_; }
  Eigen::Index vocabulary_size() const override { return step_.log_probs().size(); }
  void start(int lanes) override;
  void run(int lane, int previous_token) override;
  void reorder(std::span<const int> parents) override;
  void set_attention_edit(const AttentionEdit* edit) override { edit_ = edit; }
  const Eigen::VectorXf& log_probs() const override { return step_.log_probs(); }
  std::span<const float> weights(int map) const override;
  std::span<const float> scores(int map) const override;
  float window_centre() const override { return step_.window_centre(); }

 private:
  DecoderStep& step_;
  const Vector& initial_state_;
  std::vector<StepMap> maps_;
  std::vector<Vector> states_, scratch_;  // s of each lane, sized in start()
  std::vector<int> steps_, scratch_steps_;  // steps each lane has run: where a pin applies
  const AttentionEdit* edit_ = nullptr;
};

}  // namespace attnviz
