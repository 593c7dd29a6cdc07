#pragma once
// "What if" from a result the user is looking at (issue 16): decode the
// sentence of `shown` again with a target prefix forced, source words
// masked or a step's attention pinned, at the same beam width. The sentence
// is read back from the alignment's own source tokens, so a branch needs
// nothing the result does not carry.
//
//   Alignment own = model->translate("the red car .", {});
//   Alignment b = decode_branch(*model, own, 1, "lampe");   // "la lampe ..."
//   BranchRequest request;
//   request.mask_source = {2};                             // no "car"
//   Alignment m = decode_what_if(*model, own, request);

#include "alignment/Alignment.h"
#include "decoding/DecodeOptions.h"
#include "model/AttentionModel.h"

#include <string>
#include <vector>

namespace attnviz {

// Everything a branch changes; empty = the model's own decoding again.
struct BranchRequest {
  std::vector<std::string> prefix = {};  // target words forced first, no </s>
  std::vector<int> mask_source = {};     // as DecodeOptions::mask_source
  std::vector<AttentionPin> pins = {};   // as DecodeOptions::pins
  std::vector<HeadRef> masked_heads = {};  // as DecodeOptions::masked_heads (a Transformer's)
  bool operator==(const BranchRequest&) const = default;
};

// The text of `shown` again, to decode it anew: its source tokens without
// the </s> of each sentence.
std::string source_text(const Alignment& shown);

// A forced result is forced again onto its own target: masks, pins and
// heads then show how the attention and the reference's log-probability
// change. Throws what the model's translate() or force() throws:
// SteeringError for a mask or pin naming nothing of the text, or e.g. a
// prefix beyond a Transformer's positional table; std::invalid_argument
// for a prefix on a forced result.
Alignment decode_what_if(const AttentionModel& model, const Alignment& shown, const BranchRequest& request);

// The words of the rows before `row`, then `token`: the prefix of "what if
// the decoder had chosen `token` at step `row`?".
std::vector<std::string> branch_prefix(const Alignment& shown, int row, const std::string& token);

// decode_what_if with branch_prefix(shown, row, token) and nothing else.
Alignment decode_branch(const AttentionModel& model, const Alignment& shown, int row, const std::string& token);

// The hypothesis of beam-tree node `node` of `shown` (issue 16, "click a
// node to show its attention"). A finished hypothesis (its token is </s>)
// is forced onto its own sentence, so its rows are exactly its tokens; an
// unfinished one is forced as a prefix after the rows of the sentences
// before it, and greedy search goes on from it (the forced rows are marked,
// Alignment::target_forced). Throws std::out_of_range when `shown` has no
// tree or no such node.
Alignment decode_beam_node(const AttentionModel& model, const Alignment& shown, int node);

}  // namespace attnviz
