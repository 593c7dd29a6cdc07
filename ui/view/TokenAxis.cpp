#include "view/TokenAxis.h"

#include "view/ElidedText.h"

#include <algorithm>
#include <cmath>

namespace attnviz::ui {
namespace {

// QCustomPlot keeps at most 16 tick labels as pixmaps (QCPAxisPainterPrivate's
// constructor), and a sentence has more tokens than that: every replot
// shaped every label again, a fifth of drawing a pane. The cache has no
// setter, so it is reached through the rule that lets a derived class name
// a protected member of its base in a pointer to member.
struct AxisPainterOf : QCPAxis {
  static constexpr auto painter = &AxisPainterOf::mAxisPainter;
};
struct LabelCacheOf : QCPAxisPainterPrivate {
  static constexpr auto cache = &LabelCacheOf::mLabelCache;
};
constexpr int kCachedLabels = 256;  // a 100-word sentence's rows and columns

void cache_every_label(QCPAxis* axis) { ((axis->*AxisPainterOf::painter)->*LabelCacheOf::cache).setMaxCost(kCachedLabels); }

}  // namespace

TokenAxis::TokenAxis(QCPAxis* axis)
    : axis_(axis), ticker_(new QCPAxisTickerText), base_point_size_(axis->tickLabelFont().pointSizeF()) {
  axis_->setTicker(ticker_);
  axis_->setSubTicks(false);
  axis_->setTickLength(0, 3);
  axis_->grid()->setVisible(false);
  axis_->setBasePen(Qt::NoPen);
  cache_every_label(axis_);
}

void TokenAxis::setTokens(const std::vector<std::string>& tokens) {
  tokens_.clear();
  for (const std::string& token : tokens) tokens_.push_back(QString::fromStdString(token));
  base_labels_ = elided(base_point_size_);
  base_widest_ = widest_text(fontOfSize(base_point_size_), base_labels_);
  label_point_size_ = 0;
  useSize(base_point_size_);
}

QFont TokenAxis::fontOfSize(double point_size) const {
  QFont font = axis_->tickLabelFont();
  font.setPointSizeF(point_size);
  return font;
}

QStringList TokenAxis::elided(double point_size) const {
  return elided_texts(fontOfSize(point_size), tokens_, Qt::ElideMiddle, kMaxLabelPixels);
}

void TokenAxis::useSize(double point_size) {
  if (point_size == label_point_size_) return;
  label_point_size_ = point_size;
  axis_->setTickLabelFont(fontOfSize(point_size));
  labels_ = point_size == base_point_size_ ? base_labels_ : elided(point_size);
}

double TokenAxis::pixelsPerCell() const {
  const double span = axis_->range().size();
  const int pixels = axis_->orientation() == Qt::Horizontal ? axis_->axisRect()->width()
                                                            : axis_->axisRect()->height();
  return span > 0 ? pixels / span : 0;
}

// A font's line height already includes the gap between lines, so a label
// fits a cell at least that tall. Line height grows with the point size,
// so a first guess in proportion is corrected in half points.
double TokenAxis::largestFittingSize(double cell) const {
  const auto line = [this](double size) { return QFontMetricsF(fontOfSize(size)).height(); };
  const double base_line = line(base_point_size_);
  if (base_line <= cell) return base_point_size_;
  double size = std::max(kSmallestPointSize, std::floor(2 * base_point_size_ * cell / base_line) / 2);
  while (size > kSmallestPointSize && line(size) > cell) size -= 0.5;
  return std::max(size, kSmallestPointSize);
}

// Every how many cells a label of `label_extent` pixels (along the axis) fits.
int TokenAxis::labelStep(double label_extent) const {
  const double cell = pixelsPerCell();
  if (cell <= 0) return 1;
  return std::max(1, static_cast<int>(std::ceil(label_extent / cell - 1e-6)));
}

// Horizontal top labels at full size read best; then vertical ones; then
// smaller ones, so that every token keeps its label as long as it can.
void TokenAxis::fit() {
  const double cell = pixelsPerCell();
  if (axis_->orientation() == Qt::Horizontal) {
    const bool horizontal_fits = base_widest_ + 4 <= cell;
    axis_->setTickLabelRotation(horizontal_fits ? 0 : -90);
    if (horizontal_fits) {
      useSize(base_point_size_);
      placeLabels(1);
      return;
    }
  }
  useSize(largestFittingSize(cell));
  placeLabels(labelStep(QFontMetricsF(axis_->tickLabelFont()).height()));
}

QString TokenAxis::toolTipAt(const QPointF& pixel) const {
  const QRect cells = axis_->axisRect()->rect();
  const bool horizontal = axis_->orientation() == Qt::Horizontal;
  const bool beside = horizontal ? pixel.y() < cells.top() && pixel.x() >= cells.left() && pixel.x() <= cells.right()
                                 : pixel.x() < cells.left() && pixel.y() >= cells.top() && pixel.y() <= cells.bottom();
  if (!beside) return {};
  const long index = std::lround(axis_->pixelToCoord(horizontal ? pixel.x() : pixel.y()));
  return index >= 0 && index < static_cast<long>(tokens_.size()) ? tokens_[static_cast<size_t>(index)] : QString();
}

void TokenAxis::placeLabels(int step) {
  QMap<double, QString> ticks;
  for (int i = 0; i < labels_.size(); i += step) ticks.insert(i, labels_[i]);
  ticker_->setTicks(ticks);
}

}  // namespace attnviz::ui
