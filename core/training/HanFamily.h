#pragma once
// What the trainer needs to know about the hierarchical attention network
// for documents; the sibling of Seq2SeqFamily.h and TransformerFamily.h.
// Its examples are labelled documents rather than sentence pairs, and each
// document carries one loss term, so a batch's loss is averaged over
// documents.

#include "training/HanGraph.h"
#include "training/HanInit.h"

#include <cstdint>

namespace attnviz {

struct HanFamily {
  using Config = HanConfig;
  using Weights = HanWeights;
  using Graph = HanGraph;
  using Example = DocumentIds;
  using Batch = DocumentBatch;

  // "Source" and "target" vocabularies are the words and the classes.
  static Weights zero_weights(const Config& config, long long vocab, long long classes) {
    return make_han_weights(config, vocab, classes);
  }
  static void initialise(Weights& weights, const Config& config, std::uint64_t seed) {
    initialise_han(weights, config, seed);
  }
  static Batch make_batch(const std::vector<Example>& examples, std::span<const int> indices) {
    return make_document_batch(examples, indices);
  }
  static long long loss_terms(const Example&) { return 1; }
  static size_t length(const Example& example) { return document_length(example); }
  static BatchStats forward(Graph& graph, const Weights& weights, const Config&, const Batch& batch) {
    return graph.forward(weights, batch);
  }
  static void backward(Graph& graph, const Weights& weights, const Config&, const Batch& batch, float scale,
                       Weights& grad) {
    graph.backward(weights, batch, scale, grad);
  }
};

}  // namespace attnviz
