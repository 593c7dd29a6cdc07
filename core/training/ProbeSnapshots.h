#pragma once
// Watches a model learn: at step 0 (before any update) and then every
// `every` steps, builds a model from the weights being trained and aligns
// the probe sentence with it, then hands the snapshot to `sink`. One
// observer for every family; ModelData is Seq2SeqModelData or
// TransformerModelData, whose config and vocabularies name the model.
//
// Basic usage:
//   ProbeSnapshots<Seq2SeqModelData> snapshots(data, info, probe, 100, write_it);
//   snapshots.check(trainer.weights());   // throws on a probe the model refuses
//   progress.on_step = [&](const StepReport& s) { snapshots.observe(s, trainer.weights()); };

#include "model/ModelFromData.h"
#include "training/ProbeSentence.h"
#include "training/Trainer.h"
#include "training/TrainingSnapshot.h"

#include <functional>

namespace attnviz {

template <class ModelData>
class ProbeSnapshots {
 public:
  using Weights = decltype(ModelData::weights);
  using Sink = std::function<void(TrainingSnapshot)>;

  // `shape`'s weights are ignored (each snapshot brings its own); `info`
  // names the model in each snapshot. `every` >= 1.
  ProbeSnapshots(ModelData shape, ModelInfo info, ProbeSentence probe, long long every, Sink sink);

  // Aligns the probe once and drops the result: throws what the model
  // throws for this probe (std::length_error: longer than a Transformer's
  // positions), so that a caller can refuse it before training starts.
  void check(const Weights& weights);
  // Sends a snapshot to the sink when `step` is due.
  void observe(const StepReport& step, const Weights& weights);
  TrainingSnapshot take(const StepReport& step, const Weights& weights);

 private:
  Alignment align(const Weights& weights);

  ModelData data_;
  ModelInfo info_;
  ProbeSentence probe_;
  long long every_;
  Sink sink_;
};

}  // namespace attnviz
