#pragma once
// The training graph of the hierarchical attention network over a
// mini-batch: one DocumentPass per document, its loss the summed
// -log p(label). The sibling of Seq2SeqGraph and TransformerGraph.

#include "classification/HanConfig.h"
#include "training/BatchStats.h"
#include "training/DocumentPass.h"

#include <vector>

namespace attnviz {

class HanGraph {
 public:
  // Loss, and per document whether the argmax class is the label (counted
  // as both a "token" and a "sentence" in BatchStats, one per document).
  BatchStats forward(const HanWeights& w, const DocumentBatch& batch);
  // Adds scale * d loss / d weights to `grad`; after forward on the same batch.
  void backward(const HanWeights& w, const DocumentBatch& batch, float scale, HanWeights& grad);

 private:
  std::vector<DocumentPass> documents_;
};

}  // namespace attnviz
