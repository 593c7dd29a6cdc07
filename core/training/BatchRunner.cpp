#include "training/BatchRunner.h"

#include "training/GradientOps.h"

#include <thread>

namespace attnviz {

template <class Family>
BatchRunner<Family>::BatchRunner(const Config& config, long long src_vocab, long long tgt_vocab,
                                 int threads)
    : config_(config), workers_(static_cast<size_t>(std::max(threads, 1))) {
  for (Worker& worker : workers_) worker.grad = Family::zero_weights(config, src_vocab, tgt_vocab);
}

// Splits indices into one contiguous part per worker, runs `work` on each
// (worker 0 on the calling thread) and sums the stats in worker order.
template <class Family>
template <class Work>
BatchStats BatchRunner<Family>::run(const std::vector<Example>& examples, std::span<const int> indices,
                                    Work&& work) {
  const size_t parts = std::min(workers_.size(), indices.size());
  std::vector<std::thread> helpers;
  for (size_t k = 0; k < parts; ++k) {
    const size_t first = indices.size() * k / parts, last = indices.size() * (k + 1) / parts;
    Worker& worker = workers_[k];
    worker.batch = Family::make_batch(examples, indices.subspan(first, last - first));
    if (k == 0) continue;
    helpers.emplace_back([&work, &worker] { work(worker); });
  }
  work(workers_[0]);
  for (std::thread& helper : helpers) helper.join();
  BatchStats total;
  for (size_t k = 0; k < parts; ++k) total += workers_[k].stats;
  return total;
}

template <class Family>
BatchStats BatchRunner<Family>::train_step(const Weights& w, const std::vector<Example>& examples,
                                           std::span<const int> indices) {
  long long terms = 0;
  for (int i : indices) terms += Family::loss_terms(examples[i]);
  const float scale = 1.0f / static_cast<float>(terms);
  const BatchStats stats = run(examples, indices, [&](Worker& worker) {
    set_zero(worker.grad, config_);
    worker.stats = Family::forward(worker.graph, w, config_, worker.batch);
    Family::backward(worker.graph, w, config_, worker.batch, scale, worker.grad);
  });
  const size_t parts = std::min(workers_.size(), indices.size());
  for (size_t k = 1; k < parts; ++k) accumulate(workers_[0].grad, workers_[k].grad, config_);
  return stats;
}

template <class Family>
BatchStats BatchRunner<Family>::evaluate(const Weights& w, const std::vector<Example>& examples,
                                         std::span<const int> indices) {
  return run(examples, indices, [&](Worker& worker) {
    worker.stats = Family::forward(worker.graph, w, config_, worker.batch);
  });
}

template class BatchRunner<Seq2SeqFamily>;
template class BatchRunner<TransformerFamily>;
template class BatchRunner<HanFamily>;

}  // namespace attnviz
