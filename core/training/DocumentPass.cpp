#include "training/DocumentPass.h"

#include "training/EmbeddingRows.h"

#include <cmath>

namespace attnviz {

void DocumentPass::read_sentence(const HanWeights& w, size_t s) {
  const std::vector<int>& ids = document_->sentences[s];
  embedded_[s].resize(static_cast<Eigen::Index>(ids.size()), w.embedding.cols());
  gather_rows(w.embedding, ids, embedded_[s]);
  word_grus_[s].forward(w.word_forward, w.word_backward, embedded_[s]);
  word_attention_[s].forward(w.word_attention, word_grus_[s].outputs());
  sentence_vectors_.row(static_cast<Eigen::Index>(s)) = word_attention_[s].pooled().transpose();
}

double DocumentPass::forward(const HanWeights& w, const DocumentIds& document) {
  document_ = &document;
  const size_t m = document.sentences.size();
  embedded_.resize(m);
  word_grus_.resize(m);
  word_attention_.resize(m);
  sentence_vectors_.resize(static_cast<Eigen::Index>(m), 2 * w.word_forward.weight_hh.cols());
  for (size_t s = 0; s < m; ++s) read_sentence(w, s);
  sentence_gru_.forward(w.sentence_forward, w.sentence_backward, sentence_vectors_);
  sentence_attention_.forward(w.sentence_attention, sentence_gru_.outputs());
  const Vector logits = w.classifier_weight * sentence_attention_.pooled() + w.classifier_bias;
  probabilities_ = (logits.array() - logits.maxCoeff()).exp().matrix();
  probabilities_ /= probabilities_.sum();
  return -std::log(static_cast<double>(probabilities_(document.label)));
}

void DocumentPass::backpropagate_sentence(const HanWeights& w, size_t s, HanWeights& grad) {
  const Vector dpooled = dsentence_vectors_.row(static_cast<Eigen::Index>(s)).transpose();
  word_attention_[s].backward(w.word_attention, dpooled, grad.word_attention, dword_annotations_);
  word_grus_[s].backward(w.word_forward, w.word_backward, dword_annotations_, grad.word_forward, grad.word_backward,
                         dembedded_);
  scatter_add_rows(dembedded_, document_->sentences[s], grad.embedding);
}

// d(-log p_y) / d logits = p - onehot(y), then back down both levels.
void DocumentPass::backward(const HanWeights& w, float scale, HanWeights& grad) {
  Vector dlogits = probabilities_;
  dlogits(document_->label) -= 1.0f;
  dlogits *= scale;
  grad.classifier_weight.noalias() += dlogits * sentence_attention_.pooled().transpose();
  grad.classifier_bias += dlogits;
  const Vector ddocument = w.classifier_weight.transpose() * dlogits;
  sentence_attention_.backward(w.sentence_attention, ddocument, grad.sentence_attention, dsentence_annotations_);
  sentence_gru_.backward(w.sentence_forward, w.sentence_backward, dsentence_annotations_, grad.sentence_forward,
                         grad.sentence_backward, dsentence_vectors_);
  for (size_t s = 0; s < document_->sentences.size(); ++s) backpropagate_sentence(w, s, grad);
}

}  // namespace attnviz
