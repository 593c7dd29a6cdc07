#pragma once
// The encoder of MODEL_SPEC.md: source embeddings read by a bidirectional
// GRU, both directions starting from zero. Row i of the result is the
// annotation h_i = [fwd_i ; bwd_i] of source position i.

#include "model/ModelConfig.h"
#include "model/Seq2SeqWeights.h"

#include <vector>

namespace attnviz {

class BidirectionalEncoder {
 public:
  BidirectionalEncoder(const Seq2SeqWeights& weights, const ModelConfig& config);

  // `ids` are the source token ids including the final </s>. Returns the
  // annotations, [ids.size(), 2H].
  RowMatrix encode(const std::vector<int>& ids);

 private:
  // Runs one direction over the sentence and writes its states into
  // columns [column, column + H) of `annotations`.
  void run_direction(const GruWeights& gru, bool backward, Eigen::Index column,
                     RowMatrix& annotations);

  const Seq2SeqWeights& weights_;
  int hidden_;
  RowMatrix embedded_;  // [n, E]
  RowMatrix gates_x_;   // [n, 3H]: W_i x_i + b_i for every position at once
  Vector gates_h_;      // [3H]
  Vector state_;        // [H]
};

}  // namespace attnviz
