#pragma once
// One level of Yang et al.'s (2016) attention: each annotation h_i is
// scored against a learned context vector u and the annotations are
// averaged with the softmax of the scores.
//   u_i = tanh(W h_i + b),  a_i = softmax_i(u_i . context),  s = sum_i a_i h_i

#include "classification/HanWeights.h"

namespace attnviz {

struct AttentionPooling {
  Vector weights;  // [n], a_i, summing to 1
  Vector pooled;   // [2H], s
};

// annotations [n, 2H], n >= 1.
AttentionPooling attend(const ContextAttentionWeights& attention, const RowMatrix& annotations);

}  // namespace attnviz
