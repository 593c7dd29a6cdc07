#include "training/LayerNormPass.h"

#include "model/LayerNorm.h"

namespace attnviz {

void LayerNormPass::forward(const LayerNormWeights& w, RowMatrix& x) {
  const auto d = static_cast<float>(x.cols());
  const Eigen::VectorXf mean = x.rowwise().mean();
  normalised_ = x.colwise() - mean;
  const Eigen::ArrayXf variance = normalised_.rowwise().squaredNorm().array() / d;
  inverse_std_ = (variance + kLayerNormEps).rsqrt().matrix();
  normalised_ = inverse_std_.asDiagonal() * normalised_;
  x = (normalised_.array().rowwise() * w.weight.transpose().array()).rowwise() + w.bias.transpose().array();
}

void LayerNormPass::backward(const LayerNormWeights& w, RowMatrix& dy, LayerNormWeights& grad) {
  const auto d = static_cast<float>(dy.cols());
  grad.weight += (dy.array() * normalised_.array()).colwise().sum().matrix().transpose();
  grad.bias += dy.colwise().sum().transpose();
  dy.array().rowwise() *= w.weight.transpose().array();  // now dx^
  const Eigen::VectorXf mean_dx = dy.rowwise().sum() / d;
  const Eigen::VectorXf mean_dx_x = (dy.array() * normalised_.array()).rowwise().sum().matrix() / d;
  dy.colwise() -= mean_dx;
  dy -= mean_dx_x.asDiagonal() * normalised_;
  dy = inverse_std_.asDiagonal() * dy;
}

}  // namespace attnviz
