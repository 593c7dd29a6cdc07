#include "training/TransformerEncoderLayerPass.h"

namespace attnviz {

void TransformerEncoderLayerPass::forward(const EncoderLayerWeights& w, int heads,
                                          const AttentionShape& shape, RowMatrix& x) {
  attention_input_ = x;
  self_attention_.forward(w.self_attn, heads, attention_input_, attention_input_, shape, sublayer_out_);
  x += sublayer_out_;
  norm1_.forward(w.norm1, x);
  feed_forward_input_ = x;
  feed_forward_.forward(w.feed_forward, feed_forward_input_, sublayer_out_);
  x += sublayer_out_;
  norm2_.forward(w.norm2, x);
}

// Each residual passes dx through unchanged and the sublayer adds its own
// input gradient to it.
void TransformerEncoderLayerPass::backward(const EncoderLayerWeights& w, RowMatrix& dx,
                                           EncoderLayerWeights& grad) {
  norm2_.backward(w.norm2, dx, grad.norm2);
  feed_forward_.backward(w.feed_forward, feed_forward_input_, dx, grad.feed_forward, dsublayer_);
  dx += dsublayer_;
  norm1_.backward(w.norm1, dx, grad.norm1);
  dsublayer_ = dx;
  self_attention_.backward(w.self_attn, attention_input_, attention_input_, dsublayer_, grad.self_attn, dx, dx);
}

}  // namespace attnviz
