#pragma once
// PyTorch's default initialisation for the hierarchical attention network,
// from a seed: embeddings ~ N(0, 1) (nn.Embedding), GRU tensors
// ~ U(+-1/sqrt(hidden)) (nn.GRU), Linear weights and biases
// ~ U(+-1/sqrt(fan_in)), and each context vector ~ U(+-1/sqrt(size)).

#include "classification/HanWeights.h"

#include <cstdint>

namespace attnviz {

void initialise_han(HanWeights& weights, const HanConfig& config, std::uint64_t seed);

}  // namespace attnviz
