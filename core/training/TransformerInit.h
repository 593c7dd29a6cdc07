#pragma once
// The starting weights of a Transformer to train, from a seed, so that a
// training run is reproducible.

#include "model/TransformerWeights.h"

#include <cstdint>

namespace attnviz {

// As a module of nn.Embedding + nn.Transformer + nn.Linear starts, except
// the embeddings:
// - every matrix inside nn.Transformer ~ Xavier uniform, U(+-sqrt(6 / (fan_in + fan_out)))
//   (nn.Transformer._reset_parameters); attention biases 0 (nn.MultiheadAttention);
//   feed-forward biases ~ U(+-1/sqrt(fan_in)) (nn.Linear); LayerNorm weight 1, bias 0;
// - out.weight and out.bias ~ U(+-1/sqrt(d)) (nn.Linear);
// - embeddings ~ N(0, 1/d), as fairseq starts them: scaled by sqrt(d) they
//   come in at the size of the positional encoding, where nn.Embedding's
//   N(0, 1) times sqrt(d) = 8 would drown the positions.
void initialise_transformer(TransformerWeights& weights, const TransformerConfig& config, std::uint64_t seed);

}  // namespace attnviz
