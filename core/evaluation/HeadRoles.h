#pragma once
// What each single head of a model does across a corpus split (docs/heads.md,
// "What the shipped heads do"): every pair forced on its reference, as
// Evaluator measures AER, and per head the share of rows whose largest
// weight is on the previous, the same or the next position (self-attention)
// or on </s>, its corpus AER against the gold links (cross-attention), and
// the role those support (HeadSummary.h's tests, over the corpus instead of
// one sentence). A GRU has one head: its cross-attention.
//
// Basic usage:
//   for (const HeadRoles& head : head_roles(*model, corpus.test)) ...

#include "alignment/HeadSummary.h"
#include "corpus/SentencePair.h"
#include "model/AttentionModel.h"

#include <optional>
#include <string>
#include <vector>

namespace attnviz {

struct HeadRoles {
  MapKind kind = MapKind::Cross;
  int layer = 0;
  int head = 0;
  RoleTally tally;
  std::optional<double> aer;  // cross-attention only
  std::string role;           // role_of(tally, kind, aer)
};

// In the model's map order; means over heads, rollouts and a hard model's
// policy are not heads and are left out.
std::vector<HeadRoles> head_roles(const AttentionModel& model, const std::vector<SentencePair>& pairs);

}  // namespace attnviz
