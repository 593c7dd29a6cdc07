#pragma once
// The model's own result beside a what-if branch of it (issue 16, "the new
// branch drawn beside the original with a difference view"): which steps
// the branch changed, and how its attention differs on the steps both have.
//
// Attention at step t depends only on the tokens before t, so the rows up
// to and including a forced alternative are the model's own and their
// difference is 0; what follows differs in token, attention, or both.

#include "alignment/Alignment.h"

#include <optional>
#include <vector>

namespace attnviz {

struct BranchComparison {
  Eigen::Index shared_rows = 0;  // leading target rows with the same token in both
  std::vector<bool> changed;     // one per branch row: its token is not own's at that step
  std::vector<bool> own_changed; // one per own row: its token is not the branch's at that step
  // branch − own of the primary maps over the rows both have, as an
  // alignment with one map ("difference"): its row labels are the branch's
  // token, or "own → branch" where they differ. Empty when the two have
  // different columns (another source) or no row in common.
  std::optional<Alignment> difference;
};

BranchComparison compare_branch(const Alignment& own, const Alignment& branch);

}  // namespace attnviz
