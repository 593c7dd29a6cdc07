#pragma once
// The decoder steps a search ran, kept in buffers sized once for the
// longest decode so the step loop allocates nothing. A search records each
// step it runs as a numbered node, then names the nodes of the hypothesis
// it returns, and the trace turns that path into an Alignment.

#include "alignment/Alignment.h"
#include "decoding/SourceSentence.h"
#include "decoding/TopK.h"
#include "model/DecoderStep.h"
#include "tokens/Vocabulary.h"

#include <string>
#include <vector>

namespace attnviz {

// One row of the result: the node whose attention it shows, the token
// emitted (or forced) there and that token's log-probability.
struct PathStep {
  Eigen::Index node = 0;
  int token = 0;
  float logprob = 0;
};

class DecodeTrace {
 public:
  DecodeTrace(Eigen::Index capacity, const DecoderStep& decoder, int top_k);

  // Stores the decoder's current attention, energies and best tokens as
  // `node`, and returns the best token (ties to the lower id).
  int record(Eigen::Index node, const DecoderStep& decoder);
  // `labels` name the path's tokens (the row labels), one per step.
  Alignment to_alignment(const std::vector<PathStep>& path, std::vector<std::string> labels,
                         const SourceSentence& source, const Vocabulary& target_vocab) const;

 private:
  DecodeStep step_of(const PathStep& step, const Vocabulary& target_vocab) const;

  int top_k_;
  RowMatrix weights_;     // [capacity, n]
  RowMatrix energies_;    // [capacity, n]
  RowMatrix top_probs_;   // [capacity, top_k]
  Eigen::Matrix<int, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> top_ids_;
  TopK top_;
};

// The vocabulary's tokens for `path`, as greedy and beam search label rows.
std::vector<std::string> token_labels(const std::vector<PathStep>& path, const Vocabulary& vocab);

}  // namespace attnviz
