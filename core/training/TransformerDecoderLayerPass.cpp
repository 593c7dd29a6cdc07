#include "training/TransformerDecoderLayerPass.h"

namespace attnviz {

void TransformerDecoderLayerPass::forward(const DecoderLayerWeights& w, int heads,
                                          const AttentionShape& self_shape,
                                          const AttentionShape& cross_shape, const RowMatrix& memory,
                                          RowMatrix& u) {
  self_input_ = u;
  self_attention_.forward(w.self_attn, heads, self_input_, self_input_, self_shape, sublayer_out_);
  u += sublayer_out_;
  norm1_.forward(w.norm1, u);
  cross_input_ = u;
  cross_attention_.forward(w.cross_attn, heads, cross_input_, memory, cross_shape, sublayer_out_);
  u += sublayer_out_;
  norm2_.forward(w.norm2, u);
  feed_forward_input_ = u;
  feed_forward_.forward(w.feed_forward, feed_forward_input_, sublayer_out_);
  u += sublayer_out_;
  norm3_.forward(w.norm3, u);
}

// As in the encoder layer: each residual passes du through and the
// sublayer adds its input gradient; the cross-attention's keys and values
// add theirs to dmemory.
void TransformerDecoderLayerPass::backward(const DecoderLayerWeights& w, const RowMatrix& memory,
                                           RowMatrix& du, DecoderLayerWeights& grad, RowMatrix& dmemory) {
  norm3_.backward(w.norm3, du, grad.norm3);
  feed_forward_.backward(w.feed_forward, feed_forward_input_, du, grad.feed_forward, dsublayer_);
  du += dsublayer_;
  norm2_.backward(w.norm2, du, grad.norm2);
  dsublayer_ = du;
  cross_attention_.backward(w.cross_attn, cross_input_, memory, dsublayer_, grad.cross_attn, du, dmemory);
  norm1_.backward(w.norm1, du, grad.norm1);
  dsublayer_ = du;
  self_attention_.backward(w.self_attn, self_input_, self_input_, dsublayer_, grad.self_attn, du, du);
}

}  // namespace attnviz
