#pragma once
// What the trainer needs to know about the GRU seq2seq family of
// MODEL_SPEC.md: its weights and config types, its training graph, and how
// to create, initialise and run them. TransformerFamily.h is its sibling.

#include "training/ParameterInit.h"
#include "training/Seq2SeqGraph.h"

#include <cstdint>

namespace attnviz {

struct Seq2SeqFamily {
  using Config = ModelConfig;
  using Weights = Seq2SeqWeights;
  using Graph = Seq2SeqGraph;

  using Example = IdPair;  // a sentence pair; its target tokens and </s> carry the loss
  using Batch = TrainingBatch;

  static Weights zero_weights(const Config& config, long long src_vocab, long long tgt_vocab) {
    return make_weights(config, src_vocab, tgt_vocab);
  }
  static void initialise(Weights& weights, const Config& config, std::uint64_t seed) {
    initialise_like_pytorch(weights, config, seed);
  }
  static Batch make_batch(const std::vector<Example>& examples, std::span<const int> indices) {
    return attnviz::make_batch(examples, indices);
  }
  static long long loss_terms(const Example& example) { return static_cast<long long>(example.target.size()) + 1; }
  static size_t length(const Example& example) { return example.source.size() + example.target.size(); }
  static BatchStats forward(Graph& graph, const Weights& weights, const Config& config,
                            const TrainingBatch& batch) {
    return graph.forward(weights, config, batch);
  }
  static void backward(Graph& graph, const Weights& weights, const Config&, const TrainingBatch& batch,
                       float scale, Weights& grad) {
    graph.backward(weights, batch, scale, grad);
  }
};

}  // namespace attnviz
