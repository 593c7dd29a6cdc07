#pragma once
// Runs one mini-batch over several threads: each worker takes a contiguous
// part of the batch with its own graph and gradient, and the parts are
// summed in worker order, so a given thread count always gives the same
// bits. Family is Seq2SeqFamily or TransformerFamily.

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

  BatchRunner(const Config& config, long long src_vocab, long long tgt_vocab, int threads);

  // Forward and backward; gradient() then holds d (mean token loss) / d weights.
  BatchStats train_step(const Weights& w, const std::vector<IdPair>& pairs, std::span<const int> indices);
  // Forward only.
  BatchStats evaluate(const Weights& w, const std::vector<IdPair>& pairs, std::span<const int> indices);
  Weights& gradient() { return workers_.front().grad; }

 private:
  struct Worker {
    typename Family::Graph graph;
    Weights grad;
    TrainingBatch batch;
    BatchStats stats;
  };
  template <class Work>
  BatchStats run(const std::vector<IdPair>& pairs, std::span<const int> indices, Work&& work);

  Config config_;
  std::vector<Worker> workers_;
};

}  // namespace attnviz
