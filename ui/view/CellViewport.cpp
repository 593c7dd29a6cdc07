#include "view/CellViewport.h"

#include <algorithm>

namespace attnviz::ui {

void CellViewport::setMatrix(int rows, int cols) {
  rows_ = rows;
  cols_ = cols;
  reset();
}

void CellViewport::reset() {
  zoom_ = 1;
  origin_ = {-0.5, -0.5};
  fit(room_);
}

// The cell that fits the whole matrix, raised to the readable minimum, then
// zoomed; whatever no longer fits is scrolled to.
void CellViewport::fit(const QSizeF& room) {
  room_ = room;
  const double cols = std::max(cols_, 1), rows = std::max(rows_, 1);
  const double whole = std::min(room.width() / cols, room.height() / rows);
  cell_ = std::max(whole, min_cell_) * zoom_;
  if (!(cell_ > 0)) cell_ = 1;
  visible_ = {std::min(cols, room.width() / cell_), std::min(rows, room.height() / cell_)};
  clampOrigin();
}

bool CellViewport::isPartial() const { return visible_.width() < cols_ - 1e-6 || visible_.height() < rows_ - 1e-6; }

void CellViewport::zoomBy(double factor, const QPointF& anchor) {
  const double old_cell = cell_;
  zoom_ = std::clamp(zoom_ * factor, 1.0, kMaxZoom);
  const QPointF pixels_from_origin = (anchor - origin_) * old_cell;
  fit(room_);
  origin_ = anchor - pixels_from_origin / cell_;
  clampOrigin();
}

void CellViewport::scrollBy(double columns, double rows) {
  origin_ += QPointF(columns, rows);
  clampOrigin();
}

void CellViewport::clampOrigin() {
  origin_.setX(std::clamp(origin_.x(), -0.5, std::max(-0.5, cols_ - 0.5 - visible_.width())));
  origin_.setY(std::clamp(origin_.y(), -0.5, std::max(-0.5, rows_ - 0.5 - visible_.height())));
}

}  // namespace attnviz::ui
