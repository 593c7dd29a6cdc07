#pragma once
// One sentence's attention interventions (issue 16), applied by the decoder
// to each attention row after the softmax and before the context is
// computed from it, so that what the model reads next follows the edit:
//   masked position i:  a_i = 0, the row renormalised over the others
//   pin (t, j):         at step t the row is one-hot on j (a pin wins over a mask)
// Positions and steps are the sentence's own (EachSentence.h maps the
// text's onto them). Raw scores stay as computed: they are what the model
// said before the edit. Applying allocates nothing.

#include "decoding/DecodeOptions.h"

#include <span>
#include <stdexcept>
#include <vector>

namespace attnviz {

// An intervention that names no position of the source or no step of the
// decode; its message names the position or pin.
struct SteeringError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

class AttentionEdit {
 public:
  AttentionEdit() = default;
  // Throws SteeringError when a position is outside [0, source_length) or
  // every position is masked (no row could sum to 1).
  AttentionEdit(std::vector<int> masked, std::vector<AttentionPin> pins, int source_length);

  bool empty() const { return masked_.empty() && pins_.empty(); }
  // Rewrites the attention row of decoding step `step` in place.
  void apply(int step, std::span<float> row) const;

 private:
  std::vector<int> masked_;
  std::vector<AttentionPin> pins_;
};

}  // namespace attnviz
