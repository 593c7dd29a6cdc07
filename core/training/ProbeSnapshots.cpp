#include "training/ProbeSnapshots.h"

#include <stdexcept>

namespace attnviz {

template <class ModelData>
ProbeSnapshots<ModelData>::ProbeSnapshots(ModelData shape, ModelInfo info, ProbeSentence probe, long long every,
                                          Sink sink)
    : data_(std::move(shape)), info_(std::move(info)), probe_(std::move(probe)), every_(every), sink_(std::move(sink)) {
  if (every_ < 1) throw std::invalid_argument("snapshots need a step interval of at least 1");
  data_.weights = {};  // a snapshot copies the trained weights in; these would only take memory
}

template <class ModelData>
void ProbeSnapshots<ModelData>::check(const Weights& weights) {
  align(weights);
}

template <class ModelData>
void ProbeSnapshots<ModelData>::observe(const StepReport& step, const Weights& weights) {
  if (step.step % every_ == 0 && sink_) sink_(take(step, weights));
}

template <class ModelData>
TrainingSnapshot ProbeSnapshots<ModelData>::take(const StepReport& step, const Weights& weights) {
  TrainingSnapshot snapshot{step.step, step.epoch, step.batch, step.batches, step.loss, {}};
  snapshot.probe.alignment = align(weights);
  snapshot.probe.model = info_;
  return snapshot;
}

// The model copies the weights: a few MB every `every` steps, against the
// thousands of batches between snapshots. Its info is the one make_model
// completes (kind, score function, mechanism).
template <class ModelData>
Alignment ProbeSnapshots<ModelData>::align(const Weights& weights) {
  ModelData data = data_;
  data.weights = weights;
  const std::unique_ptr<AttentionModel> model = make_model(std::move(data), info_);
  info_ = model->info();
  if (probe_.target.empty()) return model->translate(probe_.source, {});
  return model->force(probe_.source, probe_.target, {});
}

template class ProbeSnapshots<Seq2SeqModelData>;
template class ProbeSnapshots<TransformerModelData>;

}  // namespace attnviz
