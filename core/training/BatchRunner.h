#pragma once
// Runs one mini-batch over several threads: each worker takes a contiguous
// part of the batch with its own graph and gradient, and the parts are
// summed in worker order, so a given thread count always gives the same
// bits.

#include "training/Seq2SeqGraph.h"

#include <span>
#include <vector>

namespace attnviz {

class BatchRunner {
 public:
  BatchRunner(const ModelConfig& config, long long src_vocab, long long tgt_vocab, int threads);

  // Forward and backward; gradient() then holds d (mean token loss) / d weights.
  BatchStats train_step(const Seq2SeqWeights& w, const std::vector<IdPair>& pairs,
                        std::span<const int> indices);
  // Forward only.
  BatchStats evaluate(const Seq2SeqWeights& w, const std::vector<IdPair>& pairs,
                      std::span<const int> indices);
  Seq2SeqWeights& gradient() { return workers_.front().grad; }

 private:
  struct Worker {
    Seq2SeqGraph graph;
    Seq2SeqWeights grad;
    TrainingBatch batch;
    BatchStats stats;
  };
  template <class Work>
  BatchStats run(const std::vector<IdPair>& pairs, std::span<const int> indices, Work&& work);

  ModelConfig config_;
  std::vector<Worker> workers_;
};

}  // namespace attnviz
