#pragma once
// PyTorch's default initialisation for every tensor of the model, from a
// seed, so that a training run is reproducible.

#include "model/Seq2SeqWeights.h"

#include <cstdint>

namespace attnviz {

// Embeddings ~ N(0, 1) (nn.Embedding); GRU tensors ~ U(+-1/sqrt(hidden))
// (nn.GRU); Linear weights and biases and the attention tensors
// ~ U(+-1/sqrt(fan_in)); two exceptions start the attention sharp enough
// to learn from: the cosine gamma starts at sqrt(D), general's W_a at
// I / sqrt(D), which makes it score as scaled_dot until it learns.
void initialise_like_pytorch(Seq2SeqWeights& weights, const ModelConfig& config,
                             std::uint64_t seed);

}  // namespace attnviz
