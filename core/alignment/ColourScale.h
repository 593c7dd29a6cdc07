#pragma once
// Values ready for a colour map, so the views only look colours up.

#include "alignment/Alignment.h"

namespace attnviz {

// Each row mapped linearly onto [0, 1], its smallest value to 0 and its
// largest to 1: the "one colour scale per row" view, which shows where each
// target step looks even when its attention is spread thin. Works for
// weights and for raw scores (which may be negative); a row whose values
// are all equal maps to all 1 (every cell is that row's maximum).
RowMatrix scaled_per_row(const RowMatrix& values);

}  // namespace attnviz
