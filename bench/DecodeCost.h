#pragma once
// What one greedy decode costs in arithmetic and weight traffic, counted
// from MODEL_SPEC.md's equations, so a timing can be set against the
// machine's roofline. Multiply-adds count as two FLOPs.

#include "model/ModelConfig.h"

namespace attnviz::bench {

struct DecodeCost {
  double flops = 0;
  double weight_bytes = 0;  // weights read, counting each decoder step's reads again
};

// `source_length` counts the source's </s>; `steps` are the decoder steps run.
DecodeCost decode_cost(const ModelConfig& config, long long tgt_vocab, long long source_length,
                       long long steps);

// Single-thread GFLOP/s of an Eigen row-major GEMV over `bytes` of weights,
// measured now: the speed limit of batch-1 decoding on this machine.
double measure_gemv_gflops(double bytes);
// This thread's CPU time: on a shared machine, time spent descheduled is
// charged to neither side of a comparison.
double thread_seconds();

}  // namespace attnviz::bench
