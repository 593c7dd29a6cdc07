#include "training/GradientOps.h"

#include <cmath>

namespace attnviz {
namespace {

using Flat = Eigen::Map<Eigen::ArrayXf>;

Flat flat(const TensorRef& tensor) { return Flat(tensor.data, tensor.size()); }

}  // namespace

void set_zero(Seq2SeqWeights& grad, const ModelConfig& config) {
  for (const TensorRef& tensor : tensors_of(grad, config)) flat(tensor).setZero();
}

void accumulate(Seq2SeqWeights& total, Seq2SeqWeights& part, const ModelConfig& config) {
  const auto into = tensors_of(total, config), from = tensors_of(part, config);
  for (size_t i = 0; i < into.size(); ++i) flat(into[i]) += flat(from[i]);
}

double global_norm(Seq2SeqWeights& grad, const ModelConfig& config) {
  double squares = 0;
  for (const TensorRef& tensor : tensors_of(grad, config))
    squares += flat(tensor).cast<double>().square().sum();
  return std::sqrt(squares);
}

double clip_global_norm(Seq2SeqWeights& grad, const ModelConfig& config, double max_norm) {
  const double norm = global_norm(grad, config);
  if (norm <= max_norm) return norm;
  const auto factor = static_cast<float>(max_norm / (norm + 1e-6));
  for (const TensorRef& tensor : tensors_of(grad, config)) flat(tensor) *= factor;
  return norm;
}

}  // namespace attnviz
