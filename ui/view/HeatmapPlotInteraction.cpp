#include "view/HeatmapPlot.h"

// What the pointer and the keys do to a heatmap: zoom, pan, the cell under
// the pointer and its tooltip, clicks, and the marks drawn over the cells.

#include "view/ZoomOverview.h"

#include <QToolTip>

namespace attnviz::ui {
namespace {

// How far `range` must move so that the cell at `index` is wholly in it.
double shift_into(const QCPRange& range, int index) {
  if (index - 0.5 < range.lower) return index - 0.5 - range.lower;
  if (index + 0.5 > range.upper) return index + 0.5 - range.upper;
  return 0;
}

QString format_value(double value, int decimals) { return QString::number(value, 'f', decimals); }

}  // namespace

void HeatmapPlot::resetZoom() {
  viewport_.reset();
  replot();
}

void HeatmapPlot::zoomAt(const QPointF& pixel, double factor) {
  const auto cell_point = [this, pixel] { return QPointF(xAxis2->pixelToCoord(pixel.x()), yAxis->pixelToCoord(pixel.y())); };
  const QPointF anchor = cell_point();
  viewport_.zoomBy(factor, anchor);
  replot();
  // Labels resize with the cells and move the matrix a little: pan the
  // anchor back under the pointer.
  const QPointF drift = anchor - cell_point();
  if (drift.manhattanLength() > 1e-3) scrollCells(drift.x(), drift.y());
}

void HeatmapPlot::scrollCells(double columns, double rows) {
  viewport_.scrollBy(columns, rows);
  replot();
}

QRectF HeatmapPlot::overviewFrame() const { return overview_->visible() ? overview_->frame() : QRectF(); }

// The keyboard's cell never walks out of view.
void HeatmapPlot::scrollIntoView(const Cell& cell) {
  const double columns = shift_into(xAxis2->range(), cell.col), rows = shift_into(yAxis->range(), cell.row);
  if (columns != 0 || rows != 0) scrollCells(columns, rows);
}

Cell HeatmapPlot::cellAt(const QPointF& pixel) const {
  if (isEmpty() || !axisRect()->rect().contains(pixel.toPoint())) return {};
  const int col = static_cast<int>(std::lround(xAxis2->pixelToCoord(pixel.x())));
  const int row = static_cast<int>(std::lround(yAxis->pixelToCoord(pixel.y())));
  if (row < 0 || col < 0 || row >= alignment_.rows() || col >= alignment_.cols()) return {};
  return {row, col};
}

QPoint HeatmapPlot::cellCenter(const Cell& cell) const {
  return QPointF(xAxis2->coordToPixel(cell.col), yAxis->coordToPixel(cell.row)).toPoint();
}

QString HeatmapPlot::cellToolTip(const Cell& cell) const {
  if (!cell.valid() || cell.row >= alignment_.rows() || cell.col >= alignment_.cols()) return {};
  const AttentionMap& map = alignment_.maps[map_];
  QString source = QString::fromStdString(alignment_.source_tokens[cell.col]);
  if (cell.col < static_cast<int>(alignment_.source_unknown.size()) && alignment_.source_unknown[cell.col]) {
    source += tr("  (not in the vocabulary: the model reads <unk>)");
  }
  QString text = tr("source: %1\ntarget: %2\nweight: %3")
                     .arg(source, QString::fromStdString(alignment_.target_tokens[cell.row]),
                          format_value(map.weights(cell.row, cell.col), 4));
  if (map.scores.size() == map.weights.size()) {
    text += tr("\nraw score: %1").arg(format_value(map.scores(cell.row, cell.col), 4));
  }
  if (map.window > 0 && cell.row < static_cast<int>(map.window_centres.size())) {
    text += tr("\nwindow: p_t = %1 ± D = %2 (weights outside it are exactly 0)")
                .arg(map.window_centres[static_cast<size_t>(cell.row)], 0, 'f', 2)
                .arg(map.window);
  }
  return text;
}

void HeatmapPlot::setMarks(CellMarks marks) {
  overlay_->annotations().marks = std::move(marks);
  repaintAnnotations();
}

void HeatmapPlot::setHighlight(const Cell& cell) {
  if (overlay_->annotations().highlight == cell) return;
  overlay_->annotations().highlight = cell;
  repaintAnnotations();
}

void HeatmapPlot::setCurrentCell(const Cell& cell) {
  if (isEmpty()) return;
  current_ = {std::clamp(cell.row, 0, static_cast<int>(alignment_.rows()) - 1),
              std::clamp(cell.col, 0, static_cast<int>(alignment_.cols()) - 1)};
  overlay_->annotations().current = current_;
  scrollIntoView(current_);
  repaintAnnotations();
  emit currentCellChanged(current_);
}

// Only the annotations change on hover: the widget repaints from its
// buffer (a redraw due anyway repaints them with the rest).
void HeatmapPlot::repaintAnnotations() {
  if (batches_ > 0) {
    redraw_pending_ = true;
    return;
  }
  update();
}

void HeatmapPlot::clickCell(const Cell& cell) {
  setCurrentCell(cell);
  emit cellClicked(current_);
}

void HeatmapPlot::hoverCell(const Cell& cell) {
  if (cell == hovered_) return;
  hovered_ = cell;
  setHighlight(cell);
  emit cellHovered(cell);
}

bool HeatmapPlot::event(QEvent* event) {
  if (event->type() != QEvent::ToolTip) return QCustomPlot::event(event);
  auto* help = static_cast<QHelpEvent*>(event);
  QString text = cellToolTip(cellAt(help->pos()));
  if (text.isEmpty()) text = steps_->toolTipAt(help->pos());
  if (text.isEmpty()) text = source_axis_.toolTipAt(help->pos());
  if (text.isEmpty()) text = target_axis_.toolTipAt(help->pos());
  if (text.isEmpty()) QToolTip::hideText();
  else QToolTip::showText(help->globalPos(), text, this);
  return true;
}

void HeatmapPlot::changeEvent(QEvent* event) {
  QCustomPlot::changeEvent(event);
  if (event->type() == QEvent::PaletteChange) {
    applyPalette();
    replot();
  }
}

void HeatmapPlot::mouseDoubleClickEvent(QMouseEvent* event) {
  QCustomPlot::mouseDoubleClickEvent(event);
  if (event->button() == Qt::LeftButton) emit doubleClicked();
}

}  // namespace attnviz::ui
