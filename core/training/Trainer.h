#pragma once
// Trains a model on id pairs: PyTorch-style initialisation, length-bucketed
// mini-batches, Adam with gradient-norm clipping, an optional linear
// learning-rate warmup, learning-rate decay and early stopping on the valid
// loss. One loop for every family: Trainer (the GRU seq2seq of
// MODEL_SPEC.md), TransformerTrainer (TRANSFORMER_SPEC.md) on sentence
// pairs, and HanTrainer (the hierarchical attention network of
// docs/model-spec.md) on labelled documents.
//
// Basic usage:
//   attnviz::Trainer trainer(config, src_vocab.size(), tgt_vocab.size(), options);
//   trainer.train(train_pairs, valid_pairs, progress, &stop_flag);
//   trainer.best_weights();   // the epoch with the lowest valid loss
//
// To train a model on further (a file's weights, their sizes, its config):
//   trainer.start_from(file.weights);

#include "training/Adam.h"
#include "training/BatchRunner.h"
#include "training/TrainingOptions.h"

#include <atomic>
#include <functional>
#include <limits>
#include <random>

namespace attnviz {

struct EpochReport {
  int epoch = 0;               // 1-based
  BatchStats train;            // over the epoch's batches, as they were trained
  BatchStats valid;            // after the epoch
  float learning_rate = 0;     // used during the epoch (after any warmup)
  bool improved = false;       // valid loss is the best so far
  double seconds = 0;          // wall time of the epoch's training
};

// One training step as an observer sees it: `step` updates have been made
// so far, and `loss` is the mean loss of exactly those weights on the batch
// the next update learns from (its forward pass has run, its update not
// yet). Step 0 is the initialised model, before any update.
struct StepReport {
  long long step = 0;
  int epoch = 1;    // the epoch in progress, 1-based
  int batch = 1;    // the batch of that epoch about to update the weights, 1-based
  int batches = 0;  // batches in the epoch
  double loss = 0;
};

struct TrainingProgress {
  // After each batch: batches done in this epoch, batches in the epoch, the batch's mean loss.
  std::function<void(int done, int total, double loss)> on_batch;
  std::function<void(const EpochReport&)> on_epoch;
  // Before each update, while BasicTrainer::weights() are still those of
  // StepReport::step: what watches the model learn (ProbeSnapshots.h)
  // reads them here, so that step 0 is the untrained model.
  std::function<void(const StepReport&)> on_step;
};

template <class Family>
class BasicTrainer {
 public:
  using Config = typename Family::Config;
  using Weights = typename Family::Weights;
  using Example = typename Family::Example;

  BasicTrainer(const Config& config, long long src_vocab, long long tgt_vocab,
               const TrainingOptions& options);

  // Trains on from `weights` instead of freshly initialised ones. An epoch
  // then counts as an improvement only if it beats their valid loss, so
  // more training never returns a model worse than the one it began with.
  void start_from(const Weights& weights);

  // Returns the epochs run. Stops early when `stop` becomes true (checked
  // between batches) or when the valid loss stops improving. Throws
  // std::invalid_argument, before any training, naming the first pair the
  // family refuses (Family::refusal, where it has one).
  std::vector<EpochReport> train(const std::vector<Example>& train, const std::vector<Example>& valid,
                                 const TrainingProgress& progress = {},
                                 const std::atomic<bool>* stop = nullptr);
  // Teacher-forced loss and accuracies of `weights` on `pairs`.
  BatchStats evaluate(const Weights& weights, const std::vector<Example>& examples);

  const Weights& weights() const { return weights_; }
  const Weights& best_weights() const { return best_; }
  // An epoch of this run improved on the valid loss (on the start, with start_from).
  bool has_best() const { return improved_; }

 private:
  void check_examples(const std::vector<Example>& examples, const char* split) const;
  BatchStats train_epoch(int epoch, const std::vector<Example>& train, const TrainingProgress& progress,
                         const std::atomic<bool>* stop);
  // Returns the batch's own stats after adding them to `total`.
  BatchStats train_batch(const std::vector<Example>& train, std::span<const int> indices, BatchStats& total,
                         const std::function<void(const BatchStats&)>& before_update);
  float step_learning_rate() const;
  bool keep_if_best(const BatchStats& valid);

  Config config_;
  TrainingOptions options_;
  Weights weights_, best_;
  BatchRunner<Family> runner_;
  Adam<Weights, Config> adam_;
  std::mt19937_64 rng_;
  float learning_rate_;
  long long steps_ = 0;
  double best_loss_ = std::numeric_limits<double>::infinity();
  bool started_from_weights_ = false;
  bool improved_ = false;
};

using Trainer = BasicTrainer<Seq2SeqFamily>;
using TransformerTrainer = BasicTrainer<TransformerFamily>;
using HanTrainer = BasicTrainer<HanFamily>;

}  // namespace attnviz
