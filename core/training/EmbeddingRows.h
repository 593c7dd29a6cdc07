#pragma once
// Embedding lookup as a gather of table rows, and its gradient as a
// scatter-add back into the rows that were read.

#include "training/GruLayer.h"

#include <span>

namespace attnviz {

// out.row(r) = table.row(ids[r])
void gather_rows(const RowMatrix& table, std::span<const int> ids, MatrixRef out);
// dtable.row(ids[r]) += drows.row(r)
void scatter_add_rows(ConstMatrixRef drows, std::span<const int> ids, RowMatrix& dtable);

}  // namespace attnviz
