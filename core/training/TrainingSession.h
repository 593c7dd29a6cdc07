#pragma once
// One training run from start to finish, as the app's "Train a model…"
// dialog runs it on a worker thread: generate a corpus of the asked size,
// build the vocabularies, train with the probe's snapshots, and after every
// finished epoch write the best model so far to `out` atomically. A stop
// request ends training between two batches: the file then holds the last
// finished epoch's model (or, stopped in the first epoch, nothing was ever
// written), never part of one.
//
// Basic usage:
//   TrainingSession session(options);
//   SessionResult result = session.run(callbacks, &stop);   // blocks; call from a worker thread

#include "corpus/Corpus.h"
#include "model/ModelConfig.h"
#include "model/TransformerConfig.h"
#include "training/Trainer.h"
#include "training/TrainingSnapshot.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <string>

namespace attnviz {

enum class ModelFamily { Seq2Seq, Transformer };

struct SessionOptions {
  ModelFamily family = ModelFamily::Seq2Seq;
  ModelConfig seq2seq;            // score function, mechanism and window of a GRU
  TransformerConfig transformer;
  int train_pairs = 20000;        // generated training pairs
  TrainingOptions training;       // epochs, threads, seed...
  std::string probe;              // the sentence whose attention the snapshots show
  std::string probe_target;       // forced translation of the probe; "" = make_probe's choice
  int snapshots_per_epoch = 25;   // about this many; at least one every step
  std::filesystem::path out;      // the model file
};

struct SessionCallbacks {
  std::function<void(TrainingSnapshot)> on_snapshot;
  // After each batch: the epoch in progress, batches done in it, batches in it, the batch's mean loss.
  std::function<void(int epoch, int done, int total, double loss)> on_batch;
  std::function<void(const EpochReport&)> on_epoch;
};

struct SessionResult {
  int epochs_finished = 0;
  bool stopped = false;        // by the stop flag
  bool written = false;        // `out` holds a model
};

class TrainingSession {
 public:
  // Throws std::invalid_argument for options no run can start with (an
  // empty probe, fewer than one pair or epoch, no output path).
  explicit TrainingSession(SessionOptions options);

  // Blocks until training ends. Throws std::runtime_error naming the file
  // when the model cannot be written.
  SessionResult run(const SessionCallbacks& callbacks, const std::atomic<bool>* stop);

  // How many steps between two snapshots for `batches` batches an epoch.
  long long snapshot_interval(long long batches) const;

 private:
  template <class Family, class ModelData>
  SessionResult train(const Corpus& corpus, ModelData data, const SessionCallbacks& callbacks,
                      const std::atomic<bool>* stop);

  SessionOptions options_;
};

}  // namespace attnviz
