#include "training/Seq2SeqGraph.h"

namespace attnviz {

BatchStats Seq2SeqGraph::forward(const Seq2SeqWeights& w, const ModelConfig& config,
                                 const TrainingBatch& batch) {
  encoder_.forward(w, batch);
  decoder_.forward(w, config, batch, encoder_.annotations(), encoder_.summary());
  return measure_batch(batch, decoder_.loss(), decoder_.correct());
}

void Seq2SeqGraph::backward(const Seq2SeqWeights& w, const TrainingBatch& batch, float scale,
                            Seq2SeqWeights& grad) {
  decoder_.backward(w, batch, scale, grad);
  encoder_.backward(w, batch, decoder_.annotation_gradients(), decoder_.summary_gradient(), grad);
}

}  // namespace attnviz
