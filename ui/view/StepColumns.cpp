#include "view/StepColumns.h"

#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace attnviz::ui {
namespace {

constexpr int kColumnWidth = 30;  // "0.00" at the small label size
constexpr int kGap = 2;

}  // namespace

StepColumns::StepColumns(QCustomPlot* plot, QCPAxis* rows) : QCPLayoutElement(plot), rows_(rows) {
  setMargins({});
  setAutoMargins(QCP::msTop | QCP::msBottom);
  setMetrics({});
}

// Takes no width at all without metrics (exports, matrices without steps).
void StepColumns::setMetrics(StepMetrics metrics) {
  metrics_ = std::move(metrics);
  const int width = metrics_.empty() ? 0 : 2 * kColumnWidth + kGap;
  setMinimumSize(width, 0);
  setMaximumSize(width, QWIDGETSIZE_MAX);
}

void StepColumns::setGradient(const QCPColorGradient& gradient) { gradient_ = gradient; }

void StepColumns::applyDefaultAntialiasingHint(QCPPainter* painter) const { painter->setAntialiasing(false); }

QRectF StepColumns::columnRect(int column) const {
  return QRectF(rect().left() + column * (kColumnWidth + kGap), rect().top(), kColumnWidth, rect().height());
}

int StepColumns::rowAt(double y) const { return static_cast<int>(std::lround(rows_->pixelToCoord(y))); }

void StepColumns::draw(QCPPainter* painter) {
  if (metrics_.empty()) return;
  painter->save();
  painter->setClipRect(rect().adjusted(0, -painter->fontMetrics().height() - 4, 0, 0));
  QFont small = mParentPlot->font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  painter->setFont(small);
  // Headers sit in the margin the column labels leave above the rows.
  const double header = rect().top() - QFontMetricsF(small).height() - 2;
  drawColumn(painter, 0, metrics_.probabilities, header);
  drawColumn(painter, 1, metrics_.entropies, header);
  painter->restore();
}

// One column of shaded cells, the brighter the surer the decoder (p) or the
// more spread the row (H), with the value printed where it fits.
void StepColumns::drawColumn(QCPPainter* painter, int column, const std::vector<double>& values, double header) const {
  if (values.empty()) return;  // a matrix read from a file has no decoder probabilities
  const QRectF area = columnRect(column);
  painter->setPen(text_color_);
  painter->drawText(QRectF(area.left(), header, area.width(), area.top() - header), Qt::AlignCenter,
                    column == 0 ? tr("p(y)") : tr("H(α)"));
  const QCPRange span(0, column == 0 ? 1.0 : metrics_.max_entropy);
  const QFontMetricsF metrics(painter->font());
  QCPColorGradient gradient = gradient_;  // color() caches, so not const
  const int first = std::max(0, rowAt(area.top()));
  const int last = std::min(static_cast<int>(values.size()) - 1, rowAt(area.bottom()));
  for (int row = first; row <= last; ++row) {
    const double top = rows_->coordToPixel(row - 0.5), bottom = rows_->coordToPixel(row + 0.5);
    const QRectF cell(area.left(), std::min(top, bottom) + 0.5, area.width(), std::abs(bottom - top) - 1);
    const QColor fill = gradient.color(values[row], span);
    painter->fillRect(cell, fill);
    if (cell.height() < metrics.height() - 2) continue;
    painter->setPen(fill.lightnessF() > 0.55 ? Qt::black : Qt::white);
    drawValue(painter, cell, values[row]);
  }
}

const StepColumns::LaidOutValue& StepColumns::laidOut(const QString& text, const QFont& font) const {
  if (font != value_font_) {
    value_texts_.clear();
    value_font_ = font;
  }
  auto found = value_texts_.find(text);
  if (found != value_texts_.end()) return *found;
  QTextLayout layout(text, font);
  layout.beginLayout();
  const QTextLine line = layout.createLine();
  layout.endLayout();
  return *value_texts_.insert(text, {layout.glyphRuns(), QSizeF(line.naturalTextWidth(), line.height())});
}

void StepColumns::drawValue(QCPPainter* painter, const QRectF& cell, double value) const {
  const LaidOutValue& text = laidOut(QString::number(value, 'f', 2), painter->font());
  const QPointF origin = cell.center() - QPointF(text.size.width() / 2, text.size.height() / 2);
  for (const QGlyphRun& glyphs : text.glyphs) painter->drawGlyphRun(origin, glyphs);
}

QString StepColumns::toolTipAt(const QPointF& pixel) const {
  if (metrics_.empty() || !rect().contains(pixel.toPoint())) return {};
  const int row = rowAt(pixel.y());
  if (row < 0 || row >= static_cast<int>(metrics_.entropies.size())) return {};
  QString text = tr("step %1").arg(row + 1);
  if (row < static_cast<int>(metrics_.probabilities.size())) {
    text += tr("\np(y): %1, the probability of the chosen token").arg(metrics_.probabilities[row], 0, 'f', 4);
  }
  return text + tr("\nH(α): %1 nats, the entropy of the attention row (0 = one source token)")
                    .arg(metrics_.entropies[row], 0, 'f', 4);
}

}  // namespace attnviz::ui
