#pragma once
// An alignment's cells as text for the clipboard: tab-separated so that a
// paste into a spreadsheet lands in cells, with the tokens as headers.

#include "alignment/Alignment.h"
#include "view/CellOverlay.h"

#include <QString>

namespace attnviz::ui {

// "car → voiture\t0.9000"
QString cell_text(const Alignment& alignment, const RowMatrix& values, const Cell& cell);
// The source tokens, then the target token and the row's values.
QString row_text(const Alignment& alignment, const RowMatrix& values, int row);
// A header of source tokens, then one line per target token.
QString matrix_text(const Alignment& alignment, const RowMatrix& values);

}  // namespace attnviz::ui
