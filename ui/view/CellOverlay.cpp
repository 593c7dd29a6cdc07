#include "view/CellOverlay.h"

#include "view/ColorMaps.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace attnviz::ui {
namespace {

// Outline colours chosen to stand apart from every colour map: white with a
// dark halo reads on both ends of viridis, magma, cividis and grey.
const QColor kArgmaxColor(255, 255, 255, 230);
const QColor kHaloColor(0, 0, 0, 140);
const QColor kGoldColor(255, 64, 129);     // pink: absent from all four maps
const QColor kHighlightColor(255, 255, 255, 150);
const QColor kChangedColor(255, 152, 0);   // orange: a step the what-if changed
const QColor kWindowColor(0, 229, 255);    // cyan: a local model's window, brighter than any map's teal

bool reads_dark(const QColor& background) { return background.lightnessF() > 0.55; }

// The first and last cell index `axis` has (partly) in view, within
// [0, count): a zoomed view prints only the values it shows.
std::pair<int, int> indices_in_view(const QCPAxis* axis, int count) {
  const QCPRange range = axis->range();
  return {std::max(0, static_cast<int>(std::floor(range.lower + 0.5))),
          std::min(count - 1, static_cast<int>(std::ceil(range.upper - 0.5)))};
}

// What a pen `width` wide stroking `rect` covers, as four side strips that
// never overlap (so a translucent colour blends once at the corners).
// Filling axis-aligned strips takes the raster engine's span fill, where a
// wide pen goes through the path stroker.
void fill_frame(QCPPainter* painter, const QRectF& rect, double width, const QColor& color) {
  const double half = width / 2;
  const QRectF outer = rect.adjusted(-half, -half, half, half);
  painter->fillRect(QRectF(outer.left(), outer.top(), outer.width(), width), color);
  painter->fillRect(QRectF(outer.left(), outer.bottom() - width, outer.width(), width), color);
  const double side_height = outer.height() - 2 * width;
  painter->fillRect(QRectF(outer.left(), outer.top() + width, width, side_height), color);
  painter->fillRect(QRectF(outer.right() - width, outer.top() + width, width, side_height), color);
}

}  // namespace

CellOverlay::CellOverlay(QCustomPlot* plot, QCPLayer* layer, QCPAxis* key_axis, QCPAxis* value_axis)
    : TopLayerable(plot, layer), key_axis_(key_axis), value_axis_(value_axis) {}

void CellOverlay::applyDefaultAntialiasingHint(QCPPainter* painter) const {
  painter->setAntialiasing(true);
}

QRect CellOverlay::clipRect() const {
  return key_axis_->axisRect()->rect().adjusted(-2, -kMarkerSpace - 1, 2, 2);
}

int CellOverlay::rows() const {
  return annotations_.values ? static_cast<int>(annotations_.values->rows()) : 0;
}

int CellOverlay::cols() const {
  return annotations_.values ? static_cast<int>(annotations_.values->cols()) : 0;
}

QRectF CellOverlay::cellRect(int row, int col) const {
  return bandRect({row, col}, {row, col});
}

// The pixel rectangle covering cells `from` to `to` inclusive.
QRectF CellOverlay::bandRect(const Cell& from, const Cell& to) const {
  QPointF a(key_axis_->coordToPixel(from.col - 0.5), value_axis_->coordToPixel(from.row - 0.5));
  QPointF b(key_axis_->coordToPixel(to.col + 0.5), value_axis_->coordToPixel(to.row + 0.5));
  return QRectF(a, b).normalized();
}

void CellOverlay::draw(QCPPainter* painter) {
  if (rows() == 0 || cols() == 0) return;
  drawValues(painter);
  drawHatching(painter);
  drawWindow(painter);
  drawArgmax(painter);
  drawGold(painter);
  drawHighlight(painter);
  drawCurrent(painter);
  drawUnknownMarks(painter);
  drawPins(painter);
  drawChangedRows(painter);
  drawVeil(painter);
}

void CellOverlay::drawValues(QCPPainter* painter) const {
  if (annotations_.decimals < 0) return;
  const QRectF probe = cellRect(0, 0);
  QFont font = painter->font();
  font.setPixelSize(std::clamp(static_cast<int>(probe.height() * 0.32), 6, 14));
  const QString widest = QString::number(-8.888, 'f', annotations_.decimals);
  if (QFontMetricsF(font).horizontalAdvance(widest) > probe.width() - 2) return;  // would not fit
  painter->setFont(font);
  const auto [first_row, last_row] = indices_in_view(value_axis_, rows());
  const auto [first_col, last_col] = indices_in_view(key_axis_, cols());
  for (int row = first_row; row <= last_row; ++row) {
    for (int col = first_col; col <= last_col; ++col) {
      const QColor background = annotations_.cell_color({row, col});
      painter->setPen(reads_dark(background) ? Qt::black : Qt::white);
      const double value = (*annotations_.values)(row, col);
      painter->drawText(cellRect(row, col), Qt::AlignCenter,
                        QString::number(value, 'f', annotations_.decimals));
    }
  }
}

void CellOverlay::drawArgmax(QCPPainter* painter) const {
  // A long sentence has a hundred outlines: axis-aligned, they stay crisp
  // without antialiasing, and filled as frames they cost a fraction of a stroke.
  const bool antialiased = painter->antialiasing();
  painter->setAntialiasing(false);
  for (int row = 0; row < std::min<int>(rows(), annotations_.argmax.size()); ++row) {
    const QRectF outline = cellRect(row, annotations_.argmax[row]).adjusted(1, 1, -1, -1);
    fill_frame(painter, outline, 3.5, kHaloColor);
    fill_frame(painter, outline, 1.6, kArgmaxColor);
  }
  painter->setAntialiasing(antialiased);
}

void CellOverlay::drawGold(QCPPainter* painter) const {
  drawLinks(painter, annotations_.gold.sure, QPen(kGoldColor, 2.2));
  drawLinks(painter, annotations_.gold.possible, QPen(kGoldColor, 1.6, Qt::DashLine));
}

// Gold links index words without </s>, which are the first rows and columns.
void CellOverlay::drawLinks(QCPPainter* painter, const std::vector<Link>& links,
                            const QPen& pen) const {
  painter->setPen(pen);
  painter->setBrush(Qt::NoBrush);
  for (const auto& [source, target] : links) {
    if (source < 0 || target < 0 || source >= cols() || target >= rows()) continue;
    const QRectF rect = cellRect(target, source);
    const double inset = std::min(rect.width(), rect.height()) * 0.22;
    painter->drawEllipse(rect.adjusted(inset, inset, -inset, -inset));
  }
}

void CellOverlay::drawHighlight(QCPPainter* painter) const {
  const Cell& cell = annotations_.highlight;
  if (!cell.valid() || cell.row >= rows() || cell.col >= cols()) return;
  painter->setBrush(Qt::NoBrush);
  painter->setPen(QPen(kHighlightColor, 1.0, Qt::DashLine));
  painter->drawRect(bandRect({cell.row, 0}, {cell.row, cols() - 1}));
  painter->drawRect(bandRect({0, cell.col}, {rows() - 1, cell.col}));
  painter->setPen(QPen(kHaloColor, 4));
  painter->drawRect(cellRect(cell.row, cell.col));
  painter->setPen(QPen(Qt::white, 2));
  painter->drawRect(cellRect(cell.row, cell.col));
}

void CellOverlay::drawCurrent(QCPPainter* painter) const {
  const Cell& cell = annotations_.current;
  if (!cell.valid() || cell.row >= rows() || cell.col >= cols()) return;
  painter->setBrush(Qt::NoBrush);
  painter->setPen(QPen(QColor(0, 188, 212), 2.4));
  painter->drawRect(cellRect(cell.row, cell.col).adjusted(-1, -1, 1, 1));
}

void CellOverlay::drawUnknownMarks(QCPPainter* painter) const {
  painter->setPen(Qt::NoPen);
  painter->setBrush(QColor(kUnreadColor));
  const double top = key_axis_->axisRect()->rect().top();
  for (int col = 0; col < std::min<int>(cols(), annotations_.unknown_columns.size()); ++col) {
    if (!annotations_.unknown_columns[col]) continue;
    const QRectF cell = cellRect(0, col);
    painter->drawRect(QRectF(cell.left() + 1, top - kMarkerSpace + 1, cell.width() - 2, 4));
  }
}

// Step-through: the rows not decoded yet fade into the background, and the
// step's row is outlined.
void CellOverlay::drawVeil(QCPPainter* painter) const {
  const CellMarks& marks = annotations_.marks;
  if (marks.revealed_rows >= 0 && marks.revealed_rows < rows()) {
    QColor veil = parentPlot()->palette().color(QPalette::Base);
    veil.setAlpha(215);
    painter->setPen(Qt::NoPen);
    painter->setBrush(veil);
    painter->drawRect(bandRect({marks.revealed_rows, 0}, {rows() - 1, cols() - 1}));
  }
  if (marks.step_row < 0 || marks.step_row >= rows()) return;
  painter->setBrush(Qt::NoBrush);
  painter->setPen(QPen(kHaloColor, 4));
  painter->drawRect(bandRect({marks.step_row, 0}, {marks.step_row, cols() - 1}));
  painter->setPen(QPen(Qt::white, 2));
  painter->drawRect(bandRect({marks.step_row, 0}, {marks.step_row, cols() - 1}));
}

// A masked word's column is crossed out: the model could not look there.
void CellOverlay::drawHatching(QCPPainter* painter) const {
  painter->setPen(Qt::NoPen);
  for (int col : annotations_.marks.hatched_columns) {
    if (col < 0 || col >= cols()) continue;
    const QRectF band = bandRect({0, col}, {rows() - 1, col});
    painter->setBrush(QBrush(kHaloColor, Qt::BDiagPattern));
    painter->drawRect(band.translated(1, 0));
    painter->setBrush(QBrush(kArgmaxColor, Qt::BDiagPattern));
    painter->drawRect(band);
  }
}

// Local attention: the edges of each row's window [p_t - D, p_t + D] as two
// staircases down the heatmap, and p_t itself as a diamond on its row. The
// weights outside the band are exactly 0, so the band is where the model
// could look at all.
void CellOverlay::drawWindow(QCPPainter* painter) const {
  const std::vector<float>& centres = annotations_.window_centres;
  if (static_cast<int>(annotations_.window_spans.size()) != rows() || static_cast<int>(centres.size()) != rows()) return;
  painter->setBrush(Qt::NoBrush);
  for (const bool right : {false, true}) {
    const QPolygonF edge = windowEdge(right);
    painter->setPen(QPen(kHaloColor, 3));
    painter->drawPolyline(edge);
    painter->setPen(QPen(kWindowColor, 1.5));
    painter->drawPolyline(edge);
  }
  const double size = std::clamp(std::min(cellRect(0, 0).width(), cellRect(0, 0).height()) * 0.18, 2.0, 6.0);
  painter->setPen(QPen(kHaloColor, 1));
  painter->setBrush(kWindowColor);
  for (int row = 0; row < rows(); ++row) {
    const QPointF at(key_axis_->coordToPixel(centres[static_cast<size_t>(row)]), value_axis_->coordToPixel(row));
    painter->drawPolygon(QPolygonF({at + QPointF(0, -size), at + QPointF(size, 0), at + QPointF(0, size),
                                    at + QPointF(-size, 0)}));
  }
}

QPolygonF CellOverlay::windowEdge(bool right) const {
  QPolygonF edge;
  for (int row = 0; row < rows(); ++row) {
    const WindowSpan& span = annotations_.window_spans[static_cast<size_t>(row)];
    const QRectF band = bandRect({row, span.first}, {row, span.last});
    const double x = right ? band.right() : band.left();
    edge << QPointF(x, band.top()) << QPointF(x, band.bottom());
  }
  return edge;
}

// A pinned cell: a filled dot with a halo, in the gold links' pink.
void CellOverlay::drawPins(QCPPainter* painter) const {
  for (const Cell& cell : annotations_.marks.pinned) {
    if (!cell.valid() || cell.row >= rows() || cell.col >= cols()) continue;
    const QRectF rect = cellRect(cell.row, cell.col);
    const double inset = std::min(rect.width(), rect.height()) * 0.3;
    painter->setPen(QPen(kHaloColor, 2));
    painter->setBrush(kGoldColor);
    painter->drawEllipse(rect.adjusted(inset, inset, -inset, -inset));
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(kGoldColor, 2));
    painter->drawRect(rect.adjusted(1, 1, -1, -1));
  }
}

// A bar just left of each changed row, over the row labels' padding.
void CellOverlay::drawChangedRows(QCPPainter* painter) const {
  const std::vector<bool>& changed = annotations_.marks.changed_rows;
  painter->setPen(Qt::NoPen);
  painter->setBrush(kChangedColor);
  const double left = key_axis_->axisRect()->rect().left();
  for (int row = 0; row < std::min<int>(rows(), changed.size()); ++row) {
    if (!changed[static_cast<size_t>(row)]) continue;
    const QRectF cell = cellRect(row, 0);
    painter->drawRect(QRectF(left - 2, cell.top() + 1, 4, cell.height() - 2));
  }
}

}  // namespace attnviz::ui
