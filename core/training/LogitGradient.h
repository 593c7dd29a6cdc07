#pragma once
// The gradient of the softmax cross-entropy with respect to the logits, in
// place, shared by every output layer that trains on target tokens:
//   dlogits = scale (p - onehot(y)),  0 on padded rows.

#include "model/Seq2SeqWeights.h"

#include <span>

namespace attnviz {

// `probabilities`: the softmax of each row, [N, V]; `targets`: N ids.
void to_logit_gradient(RowMatrix& probabilities, std::span<const int> targets, float scale);

}  // namespace attnviz
