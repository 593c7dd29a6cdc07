#pragma once
// The hard (argmax) alignment of attention: the outline the heatmap draws
// and the links that AER scores.

#include "alignment/Alignment.h"
#include "alignment/GoldAlignment.h"

#include <vector>

namespace attnviz {

// For each row, the column with the largest weight (the first one on ties);
// -1 for a row without columns.
std::vector<int> argmax_columns(const RowMatrix& weights);

// The alignment's primary map as word links (source word, target word), as
// attention AER is standardly computed: every target word row (not an
// emitted </s>) links to the source word (not the source's </s>) it
// attends to most. Indexes count words only, like GoldAlignment's.
std::vector<Link> hard_links(const Alignment& alignment);

}  // namespace attnviz
