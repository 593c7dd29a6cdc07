#pragma once
// The parameters of the Transformer of TRANSFORMER_SPEC.md, one field per
// tensor, in PyTorch's shapes and named as torch.nn.Transformer's
// state_dict names them. As with Seq2SeqWeights, every walk over "all
// parameters" goes through one table (TransformerWeights.cpp).

#include "alignment/AttentionMap.h"
#include "model/TensorRef.h"
#include "model/TransformerConfig.h"

#include <Eigen/Core>

#include <utility>
#include <vector>

namespace attnviz {

// nn.MultiheadAttention: W_q, W_k, W_v stacked in rows 0..d-1, d..2d-1, 2d..3d-1.
struct MultiheadAttentionWeights {
  RowMatrix in_proj_weight;   // [3d, d]
  Eigen::VectorXf in_proj_bias;    // [3d]
  RowMatrix out_proj_weight;  // [d, d]
  Eigen::VectorXf out_proj_bias;   // [d]
};

struct LayerNormWeights {
  Eigen::VectorXf weight;  // [d]
  Eigen::VectorXf bias;    // [d]
};

// FF(x) = linear2(relu(linear1(x)))
struct FeedForwardWeights {
  RowMatrix linear1_weight;  // [f, d]
  Eigen::VectorXf linear1_bias;   // [f]
  RowMatrix linear2_weight;  // [d, f]
  Eigen::VectorXf linear2_bias;   // [d]
};

struct EncoderLayerWeights {
  MultiheadAttentionWeights self_attn;
  FeedForwardWeights feed_forward;
  LayerNormWeights norm1, norm2;
};

struct DecoderLayerWeights {
  MultiheadAttentionWeights self_attn;
  MultiheadAttentionWeights cross_attn;  // "multihead_attn" in PyTorch
  FeedForwardWeights feed_forward;
  LayerNormWeights norm1, norm2, norm3;
};

struct TransformerWeights {
  RowMatrix src_embed;  // [V_src, d]
  RowMatrix tgt_embed;  // [V_tgt, d]
  std::vector<EncoderLayerWeights> encoder;
  LayerNormWeights encoder_norm;
  std::vector<DecoderLayerWeights> decoder;
  LayerNormWeights decoder_norm;
  RowMatrix out_weight;     // [V_tgt, d]
  Eigen::VectorXf out_bias; // [V_tgt]
};

// Every tensor, named as in the file, in state_dict order. `weights` must
// already be sized (see make_transformer_weights).
std::vector<TensorRef> tensors_of(TransformerWeights& weights, const TransformerConfig& config);
// The names and shapes a file must hold, in the same order.
std::vector<std::pair<std::string, std::vector<long long>>> expected_tensors(
    const TransformerConfig& config, long long src_vocab, long long tgt_vocab);
// Weights of the right shapes, all zero.
TransformerWeights make_transformer_weights(const TransformerConfig& config, long long src_vocab,
                                            long long tgt_vocab);

}  // namespace attnviz
