#pragma once
// The two comparisons the View menu opens in one step: the GRU models that
// differ only in their score function, or those that differ only in their
// attention mechanism (global, local-m, local-p, hard) with the same score
// function inside, so that what changes between the panes is one thing.

#include "model/ModelInfo.h"

#include <vector>

namespace attnviz {

enum class ComparisonPreset { ByScoreFunction, ByMechanism };

// Which of `models` the preset shows, one flag per model in their order.
std::vector<bool> preset_members(ComparisonPreset preset, const std::vector<ModelInfo>& models);

}  // namespace attnviz
