#pragma once
// The loop greedy and forced decoding share: one hypothesis, one decoder
// step per row, the next input being the token just chosen.

#include "decoding/DecodeTrace.h"
#include "decoding/SearchInput.h"

#include <vector>

namespace attnviz {

// Runs at most `max_steps` steps, recording step t as trace node t;
// `choose(t, best)` names the token of step t, given the most probable one.
// Stops after </s>. Allocates nothing inside the loop.
template <class Choose>
std::vector<PathStep> follow_single_path(const SearchInput& input, DecodeTrace& trace,
                                         Eigen::Index max_steps, Choose&& choose) {
  StepDecoder& decoder = input.decoder;
  std::vector<PathStep> path;
  path.reserve(static_cast<size_t>(max_steps));
  decoder.start(1);
  decoder.set_attention_edit(input.steering.edit.empty() ? nullptr : &input.steering.edit);
  int token = Vocabulary::kBos;
  for (Eigen::Index t = 0; t < max_steps && token != Vocabulary::kEos; ++t) {
    decoder.run(0, token);
    token = choose(t, trace.record(t, decoder));
    path.push_back({t, token, decoder.log_probs()(token)});
  }
  return path;
}

}  // namespace attnviz
