#pragma once
// Whole-model operations on gradient structs, always walking tensors_of so
// that no tensor is forgotten. Defined for every model family
// (Seq2SeqWeights with ModelConfig, TransformerWeights with
// TransformerConfig, HanWeights with HanConfig).

#include "classification/HanWeights.h"
#include "model/Seq2SeqWeights.h"
#include "model/TransformerWeights.h"

namespace attnviz {

template <class Weights, class Config>
void set_zero(Weights& grad, const Config& config);
// total += part, tensor by tensor.
template <class Weights, class Config>
void accumulate(Weights& total, Weights& part, const Config& config);
// The L2 norm over every tensor together.
template <class Weights, class Config>
double global_norm(Weights& grad, const Config& config);
// Scales grad down so that its global norm is at most max_norm (as
// torch.nn.utils.clip_grad_norm_); returns the norm before clipping.
template <class Weights, class Config>
double clip_global_norm(Weights& grad, const Config& config, double max_norm);

}  // namespace attnviz
