#pragma once
// The what-if parts of a result's JSON (issue 16), beside
// alignment_json_line's keys:
//   "forced_prefix": N           rows forced by a target prefix (the first N of a one-sentence text)
//   "forced_rows": [r, ...]      which rows they are (one list over every sentence)
//   "beam_tree": [{"id", "parent", "step", "token", "logprob", "token_logprob",
//                  "kept", "final", "best"}, ...]
// Each key only when the result has it.

#include "alignment/Alignment.h"

#include <nlohmann/json.hpp>

namespace attnviz {

nlohmann::json beam_tree_json(const BeamTree& tree);
// An object with the keys above that apply to `alignment` (maybe none).
nlohmann::json what_if_json(const Alignment& alignment);

}  // namespace attnviz
