#include "training/Seq2SeqGraph.h"

namespace attnviz {
namespace {

BatchStats measure(const OutputLayer& output, const TrainingBatch& batch) {
  BatchStats stats;
  stats.loss = output.loss();
  stats.tokens = batch.target_tokens();
  stats.sentences = batch.size;
  for (int b = 0; b < batch.size; ++b) {
    int right = 0;
    for (int t = 0; t < batch.target_lengths[b]; ++t) right += output.correct()[t * batch.size + b];
    stats.correct_tokens += right;
    stats.correct_sentences += right == batch.target_lengths[b];
  }
  return stats;
}

}  // namespace

BatchStats Seq2SeqGraph::forward(const Seq2SeqWeights& w, ScoreFunction score,
                                 const TrainingBatch& batch) {
  encoder_.forward(w, batch);
  decoder_.forward(w, score, batch, encoder_.annotations(), encoder_.summary());
  return measure(decoder_.output(), batch);
}

void Seq2SeqGraph::backward(const Seq2SeqWeights& w, const TrainingBatch& batch, float scale,
                            Seq2SeqWeights& grad) {
  decoder_.backward(w, batch, scale, grad);
  encoder_.backward(w, batch, decoder_.annotation_gradients(), decoder_.summary_gradient(), grad);
}

}  // namespace attnviz
