#include "view/TopLayerable.h"

namespace attnviz::ui {

TopLayerable::TopLayerable(QCustomPlot* plot, QCPLayer* layer) : QCPLayerable(plot) { setLayer(layer); }

void TopLayerable::paintOn(QCPPainter* painter) {
  if (!visible()) return;
  painter->save();
  painter->setClipRect(clipRect().translated(0, -1));  // QCPLayer::draw's own offset
  applyDefaultAntialiasingHint(painter);
  draw(painter);
  painter->restore();
}

}  // namespace attnviz::ui
