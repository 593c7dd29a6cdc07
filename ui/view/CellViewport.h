#pragma once
// Which cells a heatmap shows and how large they are: square cells as large
// as the room allows, never smaller than a readable minimum (below it the
// view scrolls instead of shrinking), magnified by the user's zoom and moved
// by panning. Coordinates are cell indices, a cell spanning index ± 0.5.

#include <QPointF>
#include <QSizeF>

#include <qcustomplot.h>

namespace attnviz::ui {

class CellViewport {
 public:
  static constexpr double kMaxZoom = 40;

  // A new matrix starts unzoomed at its top-left cell.
  void setMatrix(int rows, int cols);
  // 0 (the default) shows the whole matrix whatever the cell size: exports.
  void setMinimumCell(double pixels) { min_cell_ = pixels; }
  double minimumCell() const { return min_cell_; }
  // Lays the cells out in `room` pixels, keeping the top-left cell in view.
  void fit(const QSizeF& room);

  double cellPixels() const { return cell_; }
  QCPRange columnRange() const { return {origin_.x(), origin_.x() + visible_.width()}; }
  QCPRange rowRange() const { return {origin_.y(), origin_.y() + visible_.height()}; }
  // True when some cells are out of view (zoomed, or at the minimum size).
  bool isPartial() const;
  double zoom() const { return zoom_; }

  // Multiplies the cell size by `factor`, keeping the cell point `anchor`
  // under the same pixel.
  void zoomBy(double factor, const QPointF& anchor);
  // Moves the view by (columns, rows); it stops at the matrix's edges.
  void scrollBy(double columns, double rows);
  void reset();

 private:
  void clampOrigin();

  int rows_ = 0;
  int cols_ = 0;
  double min_cell_ = 0;
  double zoom_ = 1;
  QSizeF room_;
  double cell_ = 0;
  QPointF origin_{-0.5, -0.5};  // the top-left edge in view, in cells
  QSizeF visible_;              // cells in view
};

}  // namespace attnviz::ui
