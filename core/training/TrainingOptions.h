#pragma once

#include <cstdint>

namespace attnviz {

// How a model is trained. Plain values with their defaults, so that callers
// name only what they change.
struct TrainingOptions {
  int epochs = 20;              // at most this many passes over the training set
  int batch_size = 32;          // sentences per mini-batch
  int threads = 1;              // workers per mini-batch; results depend on it, but not on timing
  float learning_rate = 1e-3f;  // Adam's initial step size: 2e-3 learned slower on our corpus (docs/models.md)
  float decay = 0.5f;           // the learning rate is multiplied by this after an epoch without improvement
  int patience = 3;             // stop after this many epochs in a row without a better valid loss
  int warmup_steps = 0;         // the learning rate rises linearly over this many first steps; 0 = none
  double clip_norm = 5.0;       // gradients are scaled down to this global L2 norm; 0 = no clipping
  std::uint64_t seed = 1;       // weights and batch order
};

}  // namespace attnviz
