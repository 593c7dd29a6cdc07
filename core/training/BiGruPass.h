#pragma once
// A bidirectional GRU over one sequence, forward with caches and backward
// through time: the training side of classification/BidirectionalGru.h,
// used at both levels of the hierarchical attention network.

#include "training/GruLayer.h"

namespace attnviz {

class BiGruPass {
 public:
  // inputs [n, in] -> outputs() [n, 2H], row i = [fwd_i ; bwd_i].
  void forward(const GruWeights& forward, const GruWeights& backward, const RowMatrix& inputs);
  const RowMatrix& outputs() const { return outputs_; }
  // Adds the weight gradients for d loss / d outputs() = `doutputs` and
  // writes d loss / d inputs into `dinputs` [n, in].
  void backward(const GruWeights& forward, const GruWeights& backward, const RowMatrix& doutputs,
                GruWeights& gforward, GruWeights& gbackward, RowMatrix& dinputs);

 private:
  RowMatrix inputs_;
  GruLayer forward_gru_, backward_gru_;
  RowMatrix forward_states_;   // [n + 1, H]: row 0 is h = 0, row i + 1 follows x_i
  RowMatrix backward_states_;  // [n + 1, H]: row n is h = 0, row i follows x_i
  RowMatrix outputs_;
  RowMatrix dh_, carry_;       // [1, H]
};

}  // namespace attnviz
