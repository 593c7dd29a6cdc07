#pragma once
// One post-norm decoder layer (nn.TransformerDecoderLayer) on a mini-batch:
//   u = LN1(u + MaskedSelfAttn(u));  u = LN2(u + CrossAttn(u, memory));  u = LN3(u + FF(u))

#include "training/FeedForwardPass.h"
#include "training/LayerNormPass.h"
#include "training/MultiheadAttentionPass.h"

namespace attnviz {

class TransformerDecoderLayerPass {
 public:
  // u [T * B, d] in, the layer's output out (in place); memory [S * B, d].
  void forward(const DecoderLayerWeights& w, int heads, const AttentionShape& self_shape,
               const AttentionShape& cross_shape, const RowMatrix& memory, RowMatrix& u);
  // du = d loss / d output in, d loss / d input out (in place); adds
  // d loss / d memory to dmemory.
  void backward(const DecoderLayerWeights& w, const RowMatrix& memory, RowMatrix& du,
                DecoderLayerWeights& grad, RowMatrix& dmemory);
  const MultiheadAttentionPass& cross_attention() const { return cross_attention_; }

 private:
  MultiheadAttentionPass self_attention_, cross_attention_;
  FeedForwardPass feed_forward_;
  LayerNormPass norm1_, norm2_, norm3_;
  RowMatrix self_input_, cross_input_, feed_forward_input_;  // the three sublayers' inputs
  RowMatrix sublayer_out_, dsublayer_;
};

}  // namespace attnviz
