#pragma once
// What the trainer needs to know about the Transformer of
// TRANSFORMER_SPEC.md; the sibling of Seq2SeqFamily.h.

#include "training/TransformerGraph.h"
#include "training/TransformerInit.h"

#include <cstdint>

namespace attnviz {

struct TransformerFamily {
  using Config = TransformerConfig;
  using Weights = TransformerWeights;
  using Graph = TransformerGraph;

  static Weights zero_weights(const Config& config, long long src_vocab, long long tgt_vocab) {
    return make_transformer_weights(config, src_vocab, tgt_vocab);
  }
  static void initialise(Weights& weights, const Config& config, std::uint64_t seed) {
    initialise_transformer(weights, config, seed);
  }
  static BatchStats forward(Graph& graph, const Weights& weights, const Config& config,
                            const TrainingBatch& batch) {
    return graph.forward(weights, config, batch);
  }
  static void backward(Graph& graph, const Weights& weights, const Config& config,
                       const TrainingBatch& batch, float scale, Weights& grad) {
    graph.backward(weights, config, batch, scale, grad);
  }
};

}  // namespace attnviz
