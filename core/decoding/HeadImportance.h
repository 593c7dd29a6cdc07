#pragma once
// Which heads of a Transformer this sentence needs (issue 13, after Michel,
// Levy and Neubig 2019, "Are sixteen heads really better than one?"): each
// head is switched off on its own, the model's own translation is forced
// again to see how much less likely it became, and the sentence is decoded
// again to see whether the translation changes.
//
// Basic usage:
//   const Alignment shown = model.translate(sentence, options);
//   for (const HeadEffect& e : rank_heads(model, shown)) ...  // the most needed first

#include "alignment/Alignment.h"
#include "model/AttentionModel.h"

#include <string>
#include <vector>

namespace attnviz {

struct HeadEffect {
  HeadRef head;
  // log p(shown translation) with the head off minus with every head on:
  // negative when the head helped, the more negative the more.
  double logprob_change = 0;
  std::string translation;  // decoded again with the head off (same beam width)
  bool translation_changed = false;
};

// The heads are those of the maps of `shown` (a translate() result of this
// model, with any head masks and interventions off), whose text is decoded
// again (decoding/BranchDecoding.h, source_text); sorted by
// logprob_change, the most needed head first, ties in the maps' order.
// A model without heads (the GRU) gives an empty list.
std::vector<HeadEffect> rank_heads(const AttentionModel& model, const Alignment& shown);

}  // namespace attnviz
