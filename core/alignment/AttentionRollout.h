#pragma once
// Attention rollout (Abnar and Zuidema 2020, "Quantifying Attention Flow in
// Transformers"): a layer's map says which of the layer's inputs each
// position read, but above the first layer those inputs are already
// mixtures of the words. Rollout follows the mixing down to the words:
//   Â_l = 0.5 * mean_a A_{l,a} + 0.5 * I      (the residual connection kept)
//   R   = Â_{L-1} ... Â_1 Â_0                   encoder self-attention, source x source
//   C_R = C R                                  C: the headline, the last decoder layer's
//                                              cross-attention averaged over heads
// C_R says which source words each target step drew on through the memory
// the encoder built from them. Every row of both still sums to 1.
//
// Basic usage:
//   add_rollouts(alignment);  // appends both maps (head kRollout) when the result has encoder heads

#include "alignment/Alignment.h"

namespace attnviz {

// Appends the encoder_self rollout and the cross rollout to `alignment.maps`
// when the maps include encoder self-attention heads; otherwise leaves it
// as it is.
void add_rollouts(Alignment& alignment);

}  // namespace attnviz
