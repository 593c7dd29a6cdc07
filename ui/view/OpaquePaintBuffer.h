#pragma once
// QCustomPlot's bottom paint buffer, opaque in the plot's background colour
// instead of transparent. QCustomPlot paints a widget by filling it with
// the background and then blending each layer buffer over it; with the
// bottom buffer opaque the fill is not needed and that buffer is copied,
// not blended (HeatmapPlot::paintEvent). Exports draw through
// QCustomPlot::toPainter, which paints no buffer and keeps its background.

#include <qcustomplot.h>

namespace attnviz::ui {

class OpaquePaintBuffer : public QCPPaintBufferPixmap {
 public:
  // `background` is the plot's own brush, read at every clear so that a
  // new theme reaches the next replot.
  OpaquePaintBuffer(const QBrush& background, double device_pixel_ratio);

  // QCustomPlot clears every buffer transparent before a replot.
  void clear(const QColor& ignored) override;

 private:
  const QBrush& background_;
};

}  // namespace attnviz::ui
