#include "training/EmbeddingRows.h"

namespace attnviz {

void gather_rows(const RowMatrix& table, std::span<const int> ids, MatrixRef out) {
  for (size_t r = 0; r < ids.size(); ++r) out.row(static_cast<Eigen::Index>(r)) = table.row(ids[r]);
}

void scatter_add_rows(ConstMatrixRef drows, std::span<const int> ids, RowMatrix& dtable) {
  for (size_t r = 0; r < ids.size(); ++r) dtable.row(ids[r]) += drows.row(static_cast<Eigen::Index>(r));
}

}  // namespace attnviz
