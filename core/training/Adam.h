#pragma once
// Adam (Kingma & Ba 2015) with PyTorch's defaults and bias correction,
// keeping its two moment estimates in structs shaped like the weights.
// Defined for every model family (Seq2SeqWeights, TransformerWeights, HanWeights).

#include "classification/HanWeights.h"
#include "model/Seq2SeqWeights.h"
#include "model/TransformerWeights.h"

namespace attnviz {

struct AdamOptions {
  float beta1 = 0.9f;
  float beta2 = 0.999f;
  float epsilon = 1e-8f;
};

template <class Weights, class Config>
class Adam {
 public:
  Adam(const Weights& like, const Config& config, AdamOptions options = {});
  // weights -= lr * m_hat / (sqrt(v_hat) + eps), one step.
  void step(Weights& weights, Weights& grad, float learning_rate);

 private:
  Config config_;
  AdamOptions options_;
  Weights first_, second_;
  long long steps_ = 0;
};

}  // namespace attnviz
