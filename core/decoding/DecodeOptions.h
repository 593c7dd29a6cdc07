#pragma once

namespace attnviz {

// How to turn a source sentence into target tokens. Plain values with their
// defaults, so that callers name only what they change.
struct DecodeOptions {
  int beam_width = 1;           // 1 = greedy search; k > 1 = beam search of width k
  int top_k = 5;                // alternatives kept per step in DecodeStep::top
  float length_penalty = 1.0f;  // beam: a hypothesis scores logprob / length^length_penalty
  float max_len_ratio = 0.0f;   // 0 = the model's own config.max_len_ratio
};

}  // namespace attnviz
