#pragma once
// The corpus AER of every single cross-attention head of a model (one for
// a GRU, layers x heads for a Transformer) against the gold alignment,
// each forced on the reference as Evaluator measures the headline map.
// Which head, if any, aligns better than the mean over heads is what a
// Transformer's card and docs/models.md report.
//
// Basic usage:
//   std::vector<HeadAer> heads = head_aers(*model, corpus.test);
//   best_head(heads);  // the lowest AER

#include "corpus/SentencePair.h"
#include "model/AttentionModel.h"

#include <vector>

namespace attnviz {

struct HeadAer {
  int layer = 0;
  int head = 0;
  double aer = 0;
};

// In the model's map order (layer by layer, head by head).
std::vector<HeadAer> head_aers(const AttentionModel& model, const std::vector<SentencePair>& pairs);
// The head with the lowest AER (the first on ties); `heads` must not be empty.
const HeadAer& best_head(const std::vector<HeadAer>& heads);

}  // namespace attnviz
