#include "training/HanGraph.h"

namespace attnviz {

BatchStats HanGraph::forward(const HanWeights& w, const DocumentBatch& batch) {
  documents_.resize(batch.documents.size());
  BatchStats stats;
  for (size_t d = 0; d < batch.documents.size(); ++d) {
    stats.loss += documents_[d].forward(w, batch.documents[d]);
    Eigen::Index predicted = 0;
    documents_[d].probabilities().maxCoeff(&predicted);
    const bool correct = predicted == batch.documents[d].label;
    stats.correct_tokens += correct;
    stats.correct_sentences += correct;
  }
  stats.tokens = stats.sentences = static_cast<long long>(batch.documents.size());
  return stats;
}

void HanGraph::backward(const HanWeights& w, const DocumentBatch& batch, float scale, HanWeights& grad) {
  for (size_t d = 0; d < batch.documents.size(); ++d) documents_[d].backward(w, scale, grad);
}

}  // namespace attnviz
