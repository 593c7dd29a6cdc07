#pragma once
// One post-norm encoder layer (nn.TransformerEncoderLayer) on a mini-batch:
//   x = LN1(x + SelfAttn(x));  x = LN2(x + FF(x))

#include "training/FeedForwardPass.h"
#include "training/LayerNormPass.h"
#include "training/MultiheadAttentionPass.h"

namespace attnviz {

class TransformerEncoderLayerPass {
 public:
  // x [S * B, d] in, the layer's output out (in place).
  void forward(const EncoderLayerWeights& w, int heads, const AttentionShape& shape, RowMatrix& x);
  // dx = d loss / d output in, d loss / d input out (in place).
  void backward(const EncoderLayerWeights& w, RowMatrix& dx, EncoderLayerWeights& grad);
  const MultiheadAttentionPass& self_attention() const { return self_attention_; }

 private:
  MultiheadAttentionPass self_attention_;
  FeedForwardPass feed_forward_;
  LayerNormPass norm1_, norm2_;
  RowMatrix attention_input_, feed_forward_input_;  // the two sublayers' inputs
  RowMatrix sublayer_out_, dsublayer_;
};

}  // namespace attnviz
