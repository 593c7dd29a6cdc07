#pragma once
// One document through the hierarchical attention network, forward with
// caches and backward: every sentence through the word BiGRU and word
// attention, the sentence vectors through the sentence BiGRU and sentence
// attention, then the softmax classifier and its cross-entropy.

#include "training/BiGruPass.h"
#include "training/ContextAttentionPass.h"
#include "training/DocumentExamples.h"

#include <vector>

namespace attnviz {

class DocumentPass {
 public:
  // Returns -log p(label).
  double forward(const HanWeights& w, const DocumentIds& document);
  const Vector& probabilities() const { return probabilities_; }
  // Adds scale * d(-log p(label)) / d weights to `grad`.
  void backward(const HanWeights& w, float scale, HanWeights& grad);

 private:
  void read_sentence(const HanWeights& w, size_t s);
  void backpropagate_sentence(const HanWeights& w, size_t s, HanWeights& grad);

  const DocumentIds* document_ = nullptr;
  std::vector<RowMatrix> embedded_;  // per sentence, [n, E]
  std::vector<BiGruPass> word_grus_;
  std::vector<ContextAttentionPass> word_attention_;
  RowMatrix sentence_vectors_;       // [m, 2Hw]
  BiGruPass sentence_gru_;
  ContextAttentionPass sentence_attention_;
  Vector probabilities_;
  // Backward scratch.
  RowMatrix dsentence_annotations_, dsentence_vectors_, dword_annotations_, dembedded_;
};

}  // namespace attnviz
