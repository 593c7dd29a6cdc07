#pragma once
// What the trainer needs to know about the Transformer of
// TRANSFORMER_SPEC.md; the sibling of Seq2SeqFamily.h.

#include "training/TransformerGraph.h"
#include "training/TransformerInit.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

namespace attnviz {

struct TransformerFamily {
  using Config = TransformerConfig;
  using Weights = TransformerWeights;
  using Graph = TransformerGraph;

  using Example = IdPair;  // a sentence pair; its target tokens and </s> carry the loss
  using Batch = TrainingBatch;

  static Weights zero_weights(const Config& config, long long src_vocab, long long tgt_vocab) {
    return make_transformer_weights(config, src_vocab, tgt_vocab);
  }
  static void initialise(Weights& weights, const Config& config, std::uint64_t seed) {
    initialise_transformer(weights, config, seed);
  }
  static Batch make_batch(const std::vector<Example>& examples, std::span<const int> indices) {
    return attnviz::make_batch(examples, indices);
  }
  static long long loss_terms(const Example& example) { return static_cast<long long>(example.target.size()) + 1; }
  // What the model could never read: a source with </s>, or decoder inputs
  // with <s>, past max_positions (the trained positional rows would end
  // there while the file's model refuses such a sentence).
  static std::optional<std::string> refusal(const Example& example, const Config& config) {
    const size_t longest = std::max(example.source.size(), example.target.size()) + 1;
    if (longest <= static_cast<size_t>(config.max_positions)) return std::nullopt;
    return std::to_string(longest) + " positions (with </s> or <s>), more than the Transformer's max_positions " +
           std::to_string(config.max_positions);
  }
  static size_t length(const Example& example) { return example.source.size() + example.target.size(); }
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
