#pragma once
// The parameters of the hierarchical attention network, one field per
// tensor of docs/model-spec.md in PyTorch's shapes. The trainer uses the
// same struct for gradients and Adam moments; every walk over all
// parameters goes through tensors_of.

#include "classification/HanConfig.h"
#include "model/Seq2SeqWeights.h"

#include <string>
#include <utility>
#include <vector>

namespace attnviz {

// u = tanh(W h + b), score = u . context: one level's attention.
struct ContextAttentionWeights {
  RowMatrix weight;  // [2H, 2H]
  Vector bias;       // [2H]
  Vector context;    // [2H], u_w or u_s
};

struct HanWeights {
  RowMatrix embedding;                  // [V, E]
  GruWeights word_forward, word_backward;          // word_rnn.*_l0, *_l0_reverse: GRU(E, Hw)
  ContextAttentionWeights word_attention;          // word_attention.*, word_context
  GruWeights sentence_forward, sentence_backward;  // sentence_rnn: GRU(2Hw, Hs)
  ContextAttentionWeights sentence_attention;      // sentence_attention.*, sentence_context
  RowMatrix classifier_weight;          // [C, 2Hs]
  Vector classifier_bias;               // [C]
};

// Every tensor, named as in the file, in state_dict order. `weights` must
// already be sized (make_han_weights).
std::vector<TensorRef> tensors_of(HanWeights& weights, const HanConfig& config);
// The names and shapes a file must hold, in the same order; V words, C classes.
std::vector<std::pair<std::string, std::vector<long long>>> expected_tensors(const HanConfig& config,
                                                                             long long vocab, long long classes);
// Weights of the right shapes, all zero.
HanWeights make_han_weights(const HanConfig& config, long long vocab, long long classes);

}  // namespace attnviz
