#pragma once
// The decoder steps a search ran, kept in buffers sized once for the
// longest decode so the step loop allocates nothing. A search records each
// step it runs as a numbered node, then names the nodes of the hypothesis
// it returns, and the trace turns that path into an Alignment, with one
// map per map the decoder fills (StepDecoder::step_maps).

#include "alignment/Alignment.h"
#include "decoding/SourceSentence.h"
#include "decoding/StepDecoder.h"
#include "decoding/TopK.h"
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
  DecodeTrace(Eigen::Index capacity, const StepDecoder& decoder, int top_k);

  // Stores the decoder's current map rows and best tokens as `node`, and
  // returns the best token (ties to the lower id).
  int record(Eigen::Index node, const StepDecoder& decoder);
  // `labels` name the path's tokens (the row labels), one per step.
  Alignment to_alignment(const std::vector<PathStep>& path, std::vector<std::string> labels,
                         const SourceSentence& source, const Vocabulary& target_vocab) const;

 private:
  DecodeStep step_of(const PathStep& step, const Vocabulary& target_vocab) const;
  AttentionMap map_of(size_t map, const std::vector<PathStep>& path) const;

  // One map's rows, [capacity, StepMap::width]; a shorter row (decoder
  // self-attention) leaves zeros after it.
  struct MapRows {
    RowMatrix weights;
    RowMatrix scores;  // 0x0 when the map has none
  };

  int top_k_;
  std::vector<StepMap> maps_;
  std::vector<MapRows> rows_;
  Eigen::VectorXf centres_;  // [capacity] p_t of each node, for a map with a window
  RowMatrix top_probs_;   // [capacity, top_k]
  Eigen::Matrix<int, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> top_ids_;
  TopK top_;
};

// The vocabulary's tokens for `path`, as greedy and beam search label rows.
std::vector<std::string> token_labels(const std::vector<PathStep>& path, const Vocabulary& vocab);

}  // namespace attnviz
