#pragma once
// The parameters of the attention seq2seq model, one field per tensor of
// MODEL_SPEC.md, in PyTorch's shapes. The trainer uses the same struct for
// gradients and Adam moments, so every walk over "all parameters" goes
// through for_each_tensor and cannot forget one.

#include "alignment/Alignment.h"
#include "model/ModelConfig.h"
#include "model/TensorRef.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace attnviz {

using Vector = Eigen::VectorXf;

struct GruWeights {
  RowMatrix weight_ih;  // [3 * hidden, input], gates in PyTorch's order (r, z, n)
  RowMatrix weight_hh;  // [3 * hidden, hidden]
  Vector bias_ih;       // [3 * hidden]
  Vector bias_hh;       // [3 * hidden]
};

struct Seq2SeqWeights {
  RowMatrix encoder_embedding;  // [V_src, E]
  GruWeights encoder_forward;   // encoder.rnn.*_l0
  GruWeights encoder_backward;  // encoder.rnn.*_l0_reverse
  RowMatrix decoder_embedding;  // [V_tgt, E]
  RowMatrix init_weight;        // [D, 2H]
  Vector init_bias;             // [D]
  GruWeights decoder_rnn;       // GRUCell(E + 2H, D); hard attention: GRUCell(E, D)
  RowMatrix combine_weight;     // [D, D + 2H + E]
  Vector combine_bias;          // [D]
  RowMatrix out_weight;         // [V_tgt, D]
  Vector out_bias;              // [V_tgt]
  // Attention parameters; only those of the config's score function and mechanism are sized.
  RowMatrix attention_W;        // general: [D, 2H]
  RowMatrix attention_query;    // additive: [A, D]
  RowMatrix attention_key;      // additive: [A, 2H]
  Vector attention_bias;        // additive: [A]
  Vector attention_v;           // additive: [A]
  Vector attention_gamma;       // cosine: [1]
  RowMatrix position_weight;    // local-p: W_p [A, D]
  Vector position_v;            // local-p: v_p [A]
};

// Every tensor the config's score function and mechanism use, named as in the file, in a
// fixed order. `weights` must already be sized (see make_weights).
std::vector<TensorRef> tensors_of(Seq2SeqWeights& weights, const ModelConfig& config);
// The tensor names and shapes a file must hold for this config and these
// vocabulary sizes, in the same order as tensors_of.
std::vector<std::pair<std::string, std::vector<long long>>> expected_tensors(
    const ModelConfig& config, long long src_vocab, long long tgt_vocab);
// Weights of the right shapes, all zero.
Seq2SeqWeights make_weights(const ModelConfig& config, long long src_vocab, long long tgt_vocab);

}  // namespace attnviz
