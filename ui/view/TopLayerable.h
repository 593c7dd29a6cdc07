#pragma once
// A layerable that a HeatmapPlot paints straight onto the widget after
// QCustomPlot's buffers, instead of into a buffer of its own: a hover or a
// new current cell then repaints the widget from the one opaque buffer and
// draws these marks again, with no layer to replot, and a replot clears and
// copies one pane-sized buffer instead of clearing two and blending one. Its layer stays invisible so that
// QCustomPlot never draws it; exports draw it through HeatmapPlot::draw.

#include <qcustomplot.h>

namespace attnviz::ui {

class TopLayerable : public QCPLayerable {
  Q_OBJECT

 public:
  // `layer`: a logical, invisible layer of `plot`.
  TopLayerable(QCustomPlot* plot, QCPLayer* layer);

  // As QCPLayer::draw paints a visible child: its clip, its antialiasing.
  void paintOn(QCPPainter* painter);
};

}  // namespace attnviz::ui
