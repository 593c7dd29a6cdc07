#include "view/ZoomOverview.h"

#include <algorithm>

namespace attnviz::ui {
namespace {

constexpr double kLongestSide = 96;   // pixels: a glance, not a second heatmap
constexpr double kShareOfCells = 0.3;  // of the cells' own width or height, at most
constexpr double kMargin = 6;
constexpr double kSmallestSide = 32;  // below it a thumbnail tells nothing and only hides cells

}  // namespace

ZoomOverview::ZoomOverview(QCustomPlot* plot, QCPLayer* layer, QCPAxis* columns, QCPAxis* rows)
    : TopLayerable(plot, layer), columns_(columns), rows_(rows) {}

void ZoomOverview::applyDefaultAntialiasingHint(QCPPainter* painter) const { painter->setAntialiasing(false); }

bool ZoomOverview::wholeMatrixInView() const {
  const QCPRange cols = columns_->range(), rows = rows_->range();
  return cols.lower <= -0.5 + 1e-6 && cols.upper >= thumbnail_.width() - 0.5 - 1e-6 && rows.lower <= -0.5 + 1e-6 &&
         rows.upper >= thumbnail_.height() - 0.5 - 1e-6;
}

// The bottom-right corner of the cells, the thumbnail's shape kept.
QRectF ZoomOverview::frame() const {
  if (thumbnail_.isNull() || wholeMatrixInView()) return {};
  const QRect cells = columns_->axisRect()->rect();
  const double longest = std::min({kLongestSide, kShareOfCells * cells.width(), kShareOfCells * cells.height()});
  if (longest < kSmallestSide) return {};
  const double scale = longest / std::max(thumbnail_.width(), thumbnail_.height());
  const QSizeF size(thumbnail_.width() * scale, thumbnail_.height() * scale);
  return QRectF(cells.right() - kMargin - size.width(), cells.bottom() - kMargin - size.height(), size.width(),
                size.height());
}

void ZoomOverview::draw(QCPPainter* painter) {
  const QRectF where = frame();
  if (where.isEmpty()) return;
  painter->setPen(QPen(Qt::white, 2));
  painter->setBrush(Qt::NoBrush);
  painter->drawRect(where.adjusted(-1, -1, 1, 1));
  painter->drawImage(where, thumbnail_);
  const double sx = where.width() / thumbnail_.width(), sy = where.height() / thumbnail_.height();
  const QCPRange cols = columns_->range(), rows = rows_->range();
  const QRectF in_view(where.left() + (cols.lower + 0.5) * sx, where.top() + (rows.lower + 0.5) * sy,
                       cols.size() * sx, rows.size() * sy);
  painter->setPen(QPen(QColor(0, 188, 212), 2));  // the keyboard cell's cyan: "you are here"
  painter->drawRect(in_view.intersected(where));
}

}  // namespace attnviz::ui
