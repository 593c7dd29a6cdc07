#pragma once
// Whole-model operations on gradient structs, always walking tensors_of so
// that no tensor is forgotten.

#include "model/Seq2SeqWeights.h"

namespace attnviz {

void set_zero(Seq2SeqWeights& grad, const ModelConfig& config);
// total += part, tensor by tensor.
void accumulate(Seq2SeqWeights& total, Seq2SeqWeights& part, const ModelConfig& config);
// The L2 norm over every tensor together.
double global_norm(Seq2SeqWeights& grad, const ModelConfig& config);
// Scales grad down so that its global norm is at most max_norm (as
// torch.nn.utils.clip_grad_norm_); returns the norm before clipping.
double clip_global_norm(Seq2SeqWeights& grad, const ModelConfig& config, double max_norm);

}  // namespace attnviz
