#include "training/GradientOps.h"

#include <cmath>

namespace attnviz {
namespace {

using Flat = Eigen::Map<Eigen::ArrayXf>;

Flat flat(const TensorRef& tensor) { return Flat(tensor.data, tensor.size()); }

}  // namespace

template <class Weights, class Config>
void set_zero(Weights& grad, const Config& config) {
  for (const TensorRef& tensor : tensors_of(grad, config)) flat(tensor).setZero();
}

template <class Weights, class Config>
void accumulate(Weights& total, Weights& part, const Config& config) {
  const auto into = tensors_of(total, config), from = tensors_of(part, config);
  for (size_t i = 0; i < into.size(); ++i) flat(into[i]) += flat(from[i]);
}

template <class Weights, class Config>
double global_norm(Weights& grad, const Config& config) {
  double squares = 0;
  for (const TensorRef& tensor : tensors_of(grad, config))
    squares += flat(tensor).cast<double>().square().sum();
  return std::sqrt(squares);
}

template <class Weights, class Config>
double clip_global_norm(Weights& grad, const Config& config, double max_norm) {
  const double norm = global_norm(grad, config);
  if (norm <= max_norm) return norm;
  const auto factor = static_cast<float>(max_norm / (norm + 1e-6));
  for (const TensorRef& tensor : tensors_of(grad, config)) flat(tensor) *= factor;
  return norm;
}

#define ATTNVIZ_GRADIENT_OPS(Weights, Config)                                 \
  template void set_zero(Weights&, const Config&);                           \
  template void accumulate(Weights&, Weights&, const Config&);               \
  template double global_norm(Weights&, const Config&);                      \
  template double clip_global_norm(Weights&, const Config&, double);
ATTNVIZ_GRADIENT_OPS(Seq2SeqWeights, ModelConfig)
ATTNVIZ_GRADIENT_OPS(TransformerWeights, TransformerConfig)
ATTNVIZ_GRADIENT_OPS(HanWeights, HanConfig)
#undef ATTNVIZ_GRADIENT_OPS

}  // namespace attnviz
