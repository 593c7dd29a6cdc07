#include "training/Trainer.h"

#include "training/BatchPlan.h"
#include "training/GradientOps.h"
#include "training/ParameterInit.h"

#include <chrono>

namespace attnviz {
namespace {

bool stopped(const std::atomic<bool>* stop) { return stop != nullptr && stop->load(); }

}  // namespace

Trainer::Trainer(const ModelConfig& config, long long src_vocab, long long tgt_vocab,
                 const TrainingOptions& options)
    : config_(config),
      options_(options),
      weights_(make_weights(config, src_vocab, tgt_vocab)),
      runner_(config, src_vocab, tgt_vocab, options.threads),
      adam_(weights_, config),
      rng_(options.seed),
      learning_rate_(options.learning_rate) {
  initialise_like_pytorch(weights_, config_, options.seed);
  best_ = weights_;
}

std::vector<EpochReport> Trainer::train(const std::vector<IdPair>& train,
                                        const std::vector<IdPair>& valid,
                                        const TrainingProgress& progress,
                                        const std::atomic<bool>* stop) {
  std::vector<EpochReport> reports;
  int epochs_without_improvement = 0;
  for (int epoch = 1; epoch <= options_.epochs && !stopped(stop); ++epoch) {
    EpochReport report;
    report.epoch = epoch;
    report.learning_rate = learning_rate_;
    const auto start = std::chrono::steady_clock::now();
    report.train = train_epoch(train, progress, stop);
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

BatchStats Trainer::train_epoch(const std::vector<IdPair>& train, const TrainingProgress& progress,
                                const std::atomic<bool>* stop) {
  const auto batches = plan_batches(train, options_.batch_size, rng_);
  BatchStats total;
  for (size_t k = 0; k < batches.size() && !stopped(stop); ++k) {
    BatchStats before = total;
    train_batch(train, batches[k], total);
    if (progress.on_batch)
      progress.on_batch(static_cast<int>(k + 1), static_cast<int>(batches.size()),
                        (total.loss - before.loss) / static_cast<double>(total.tokens - before.tokens));
  }
  return total;
}

void Trainer::train_batch(const std::vector<IdPair>& train, std::span<const int> indices,
                          BatchStats& total) {
  total += runner_.train_step(weights_, train, indices);
  if (options_.clip_norm > 0) clip_global_norm(runner_.gradient(), config_, options_.clip_norm);
  adam_.step(weights_, runner_.gradient(), learning_rate_);
}

BatchStats Trainer::evaluate(const Seq2SeqWeights& weights, const std::vector<IdPair>& pairs) {
  BatchStats total;
  for (const std::vector<int>& batch : plan_batches_in_order(pairs, options_.batch_size))
    total += runner_.evaluate(weights, pairs, batch);
  return total;
}

bool Trainer::keep_if_best(const BatchStats& valid) {
  if (valid.mean_loss() >= best_loss_) return false;
  best_loss_ = valid.mean_loss();
  best_ = weights_;
  return true;
}

}  // namespace attnviz
