#include "training/Trainer.h"

#include "training/BatchPlan.h"
#include "training/GradientOps.h"

#include <chrono>
#include <stdexcept>
#include <string>

namespace attnviz {
namespace {

bool stopped(const std::atomic<bool>* stop) { return stop != nullptr && stop->load(); }

template <class Family>
std::vector<size_t> lengths_of(const std::vector<typename Family::Example>& examples) {
  std::vector<size_t> lengths;
  lengths.reserve(examples.size());
  for (const auto& example : examples) lengths.push_back(Family::length(example));
  return lengths;
}

}  // namespace

template <class Family>
BasicTrainer<Family>::BasicTrainer(const Config& config, long long src_vocab, long long tgt_vocab,
                                   const TrainingOptions& options)
    : config_(config),
      options_(options),
      weights_(Family::zero_weights(config, src_vocab, tgt_vocab)),
      runner_(config, src_vocab, tgt_vocab, options.threads),
      adam_(weights_, config),
      rng_(options.seed),
      learning_rate_(options.learning_rate) {
  Family::initialise(weights_, config_, options.seed);
  best_ = weights_;
}

template <class Family>
void BasicTrainer<Family>::start_from(const Weights& weights) {
  weights_ = weights;
  best_ = weights;
  started_from_weights_ = true;
}

// Better refused before the first epoch than a model file that cannot
// translate what it was trained on.
template <class Family>
void BasicTrainer<Family>::check_examples(const std::vector<Example>& examples, const char* split) const {
  if constexpr (requires(const Example& example) { Family::refusal(example, config_); }) {
    for (size_t i = 0; i < examples.size(); ++i) {
      if (const auto refusal = Family::refusal(examples[i], config_))
        throw std::invalid_argument(std::string(split) + " pair " + std::to_string(i + 1) + " needs " + *refusal);
    }
  }
}

template <class Family>
std::vector<EpochReport> BasicTrainer<Family>::train(const std::vector<Example>& train,
                                                     const std::vector<Example>& valid,
                                                     const TrainingProgress& progress,
                                                     const std::atomic<bool>* stop) {
  check_examples(train, "training");
  check_examples(valid, "validation");
  if (started_from_weights_) best_loss_ = evaluate(weights_, valid).mean_loss();
  std::vector<EpochReport> reports;
  int epochs_without_improvement = 0;
  for (int epoch = 1; epoch <= options_.epochs && !stopped(stop); ++epoch) {
    EpochReport report;
    report.epoch = epoch;
    report.learning_rate = learning_rate_;
    const auto start = std::chrono::steady_clock::now();
    report.train = train_epoch(epoch, train, progress, stop);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (stopped(stop)) break;  // a half epoch's weights are not compared with whole ones
    report.valid = evaluate(weights_, valid);
    report.improved = keep_if_best(report.valid);
    epochs_without_improvement = report.improved ? 0 : epochs_without_improvement + 1;
    if (!report.improved) learning_rate_ *= options_.decay;
    reports.push_back(report);
    if (progress.on_epoch) progress.on_epoch(report);
    if (epochs_without_improvement >= options_.patience) break;
  }
  return reports;
}

template <class Family>
BatchStats BasicTrainer<Family>::train_epoch(int epoch, const std::vector<Example>& train,
                                             const TrainingProgress& progress,
                                             const std::atomic<bool>* stop) {
  const auto batches = plan_batches(lengths_of<Family>(train), options_.batch_size, rng_);
  const int count = static_cast<int>(batches.size());
  BatchStats total;
  for (int k = 0; k < count && !stopped(stop); ++k) {
    const auto report_step = [&](const BatchStats& batch) {
      if (progress.on_step) progress.on_step({steps_, epoch, k + 1, count, batch.mean_loss()});
    };
    const BatchStats batch = train_batch(train, batches[static_cast<size_t>(k)], total, report_step);
    if (progress.on_batch) progress.on_batch(k + 1, count, batch.mean_loss());
  }
  return total;
}

template <class Family>
BatchStats BasicTrainer<Family>::train_batch(const std::vector<Example>& train, std::span<const int> indices,
                                             BatchStats& total,
                                             const std::function<void(const BatchStats&)>& before_update) {
  const BatchStats batch = runner_.train_step(weights_, train, indices);
  total += batch;
  before_update(batch);
  if (options_.clip_norm > 0) clip_global_norm(runner_.gradient(), config_, options_.clip_norm);
  adam_.step(weights_, runner_.gradient(), step_learning_rate());
  ++steps_;
  return batch;
}

// During warmup the rate rises linearly to learning_rate_ over
// warmup_steps steps (Vaswani et al. 2017, without the 1/sqrt decay that
// the valid-loss decay replaces): Adam's first steps, with moment
// estimates from a handful of batches, would otherwise move post-norm
// attention weights too far.
template <class Family>
float BasicTrainer<Family>::step_learning_rate() const {
  if (steps_ >= options_.warmup_steps) return learning_rate_;
  return learning_rate_ * static_cast<float>(steps_ + 1) / static_cast<float>(options_.warmup_steps);
}

template <class Family>
BatchStats BasicTrainer<Family>::evaluate(const Weights& weights, const std::vector<Example>& examples) {
  BatchStats total;
  for (const std::vector<int>& batch : plan_batches_in_order(lengths_of<Family>(examples), options_.batch_size))
    total += runner_.evaluate(weights, examples, batch);
  return total;
}

template <class Family>
bool BasicTrainer<Family>::keep_if_best(const BatchStats& valid) {
  if (valid.mean_loss() >= best_loss_) return false;
  best_loss_ = valid.mean_loss();
  best_ = weights_;
  improved_ = true;
  return true;
}

template class BasicTrainer<Seq2SeqFamily>;
template class BasicTrainer<TransformerFamily>;
template class BasicTrainer<HanFamily>;

}  // namespace attnviz
