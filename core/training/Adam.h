#pragma once
// Adam (Kingma & Ba 2015) with PyTorch's defaults and bias correction,
// keeping its two moment estimates in structs shaped like the weights.

#include "model/Seq2SeqWeights.h"

namespace attnviz {

struct AdamOptions {
  float beta1 = 0.9f;
  float beta2 = 0.999f;
  float epsilon = 1e-8f;
};

class Adam {
 public:
  Adam(const Seq2SeqWeights& like, const ModelConfig& config, AdamOptions options = {});
  // weights -= lr * m_hat / (sqrt(v_hat) + eps), one step.
  void step(Seq2SeqWeights& weights, Seq2SeqWeights& grad, float learning_rate);

 private:
  ModelConfig config_;
  AdamOptions options_;
  Seq2SeqWeights first_, second_;
  long long steps_ = 0;
};

}  // namespace attnviz
