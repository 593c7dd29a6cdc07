#include "training/Adam.h"

#include "training/GradientOps.h"

#include <cmath>

namespace attnviz {
namespace {

using Flat = Eigen::Map<Eigen::ArrayXf>;

Flat flat(const TensorRef& tensor) { return Flat(tensor.data, tensor.size()); }

}  // namespace

template <class Weights, class Config>
Adam<Weights, Config>::Adam(const Weights& like, const Config& config, AdamOptions options)
    : config_(config), options_(options), first_(like) {
  set_zero(first_, config_);
  second_ = first_;
}

template <class Weights, class Config>
void Adam<Weights, Config>::step(Weights& weights, Weights& grad, float learning_rate) {
  ++steps_;
  const float correction1 = 1.0f - std::pow(options_.beta1, static_cast<float>(steps_));
  const float correction2 = 1.0f - std::pow(options_.beta2, static_cast<float>(steps_));
  const float step_size = learning_rate / correction1;
  const float root_correction2 = std::sqrt(correction2);
  const auto w = tensors_of(weights, config_), g = tensors_of(grad, config_);
  const auto m = tensors_of(first_, config_), v = tensors_of(second_, config_);
  for (size_t i = 0; i < w.size(); ++i) {
    flat(m[i]) = options_.beta1 * flat(m[i]) + (1.0f - options_.beta1) * flat(g[i]);
    flat(v[i]) = options_.beta2 * flat(v[i]) + (1.0f - options_.beta2) * flat(g[i]).square();
    flat(w[i]) -= step_size * flat(m[i]) / (flat(v[i]).sqrt() / root_correction2 + options_.epsilon);
  }
}

template class Adam<Seq2SeqWeights, ModelConfig>;
template class Adam<TransformerWeights, TransformerConfig>;
template class Adam<HanWeights, HanConfig>;

}  // namespace attnviz
