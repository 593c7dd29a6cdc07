#pragma once
// Runs one mini-batch over several threads: each worker takes a contiguous
// part of the batch with its own graph and gradient, and the parts are
// summed in worker order, so a given thread count always gives the same
// bits. Family is Seq2SeqFamily, TransformerFamily or HanFamily.

#include "training/HanFamily.h"
#include "training/Seq2SeqFamily.h"
#include "training/TransformerFamily.h"

#include <span>
#include <vector>

namespace attnviz {

template <class Family>
class BatchRunner {
 public:
  using Config = typename Family::Config;
  using Weights = typename Family::Weights;
  using Example = typename Family::Example;

  BatchRunner(const Config& config, long long src_vocab, long long tgt_vocab, int threads);

  // Forward and backward; gradient() then holds d (mean loss term) / d
  // weights, a term being a target token or a document (Family::loss_terms).
  BatchStats train_step(const Weights& w, const std::vector<Example>& examples, std::span<const int> indices);
  // Forward only.
  BatchStats evaluate(const Weights& w, const std::vector<Example>& examples, std::span<const int> indices);
  Weights& gradient() { return workers_.front().grad; }

 private:
  struct Worker {
    typename Family::Graph graph;
    Weights grad;
    typename Family::Batch batch;
    BatchStats stats;
  };
  template <class Work>
  BatchStats run(const std::vector<Example>& examples, std::span<const int> indices, Work&& work);

  Config config_;
  std::vector<Worker> workers_;
};

}  // namespace attnviz
