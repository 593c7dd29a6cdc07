#pragma once

#include "alignment/Alignment.h"
#include "model/ModelInfo.h"

#include <vector>

namespace attnviz {

// One model's alignment of one sentence, with the provenance an export
// records (model name, score function, SHA-256). A side-by-side grid or a
// multi-model export is a vector of these, in pane order.
struct ModelAlignment {
  ModelInfo model;
  Alignment alignment;
};

using ModelAlignments = std::vector<ModelAlignment>;

}  // namespace attnviz
