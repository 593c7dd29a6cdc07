#pragma once

#include "alignment/AttentionMap.h"

#include <string>
#include <vector>

namespace attnviz {

// At decoding step `step` (a target row, 0-based over the whole text) the
// attention row becomes one-hot on source position `source` before the
// context is computed (issue 16, "what if": pin a step's attention).
struct AttentionPin {
  int step = 0;
  int source = 0;
  bool operator==(const AttentionPin&) const = default;
};

// One attention head of a Transformer (issue 13, "heads that matter"):
// switched off, its share of the layer's output is zeroed before out_proj
// (Michel et al. 2019's head mask), so the layer runs on the other heads.
struct HeadRef {
  MapKind kind = MapKind::Cross;
  int layer = 0;
  int head = 0;
  bool operator==(const HeadRef&) const = default;
};

// How to turn a source sentence into target tokens. Plain values with their
// defaults, so that callers name only what they change.
struct DecodeOptions {
  int beam_width = 1;           // 1 = greedy search; k > 1 = beam search of width k
  int top_k = 5;                // alternatives kept per step in DecodeStep::top
  float length_penalty = 1.0f;  // beam: a hypothesis scores logprob / length^length_penalty
  float max_len_ratio = 0.0f;   // 0 = the model's own config.max_len_ratio

  // "What if" (issue 16); all empty = a plain decode, which allocates
  // nothing per step as before.
  // Forced first, tokenized like a reference, then greedy or beam search
  // goes on freely from it (decoding/TargetPrefix.h).
  std::string target_prefix;
  // Source positions (0-based over the whole text, each sentence's </s>
  // counted) whose attention is forced to 0, each row renormalised over the
  // rest, at every step (decoding/AttentionEdit.h).
  std::vector<int> mask_source;
  std::vector<AttentionPin> pins;
  // Heads switched off in every step of the decode (Transformers only).
  std::vector<HeadRef> masked_heads;
  // Beam search records every candidate it considers (Alignment::beam_tree).
  bool record_beam_tree = false;
};

}  // namespace attnviz
