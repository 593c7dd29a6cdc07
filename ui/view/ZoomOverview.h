#pragma once
// While only part of a matrix is in view (zoomed in, or cells at their
// readable minimum), a thumbnail of the whole matrix in the corner of the
// cells with the part in view outlined: where am I in a 100-token sentence?

#include "view/TopLayerable.h"

#include <QImage>

namespace attnviz::ui {

class ZoomOverview : public TopLayerable {
  Q_OBJECT

 public:
  // Shows what `columns` and `rows` (the heatmap's axes) have in view.
  ZoomOverview(QCustomPlot* plot, QCPLayer* layer, QCPAxis* columns, QCPAxis* rows);

  // One pixel per cell, coloured as the cells are.
  void setThumbnail(QImage thumbnail) { thumbnail_ = std::move(thumbnail); }
  // Where the thumbnail is drawn; empty while every cell is in view or
  // while the cells are too small to spare room for it.
  QRectF frame() const;

 protected:
  void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
  void draw(QCPPainter* painter) override;

 private:
  bool wholeMatrixInView() const;

  QCPAxis* columns_;
  QCPAxis* rows_;
  QImage thumbnail_;
};

}  // namespace attnviz::ui
