#include "view/TokenAxis.h"

#include <algorithm>
#include <cmath>

namespace attnviz::ui {

TokenAxis::TokenAxis(QCPAxis* axis)
    : axis_(axis), ticker_(new QCPAxisTickerText), base_point_size_(axis->tickLabelFont().pointSizeF()) {
  axis_->setTicker(ticker_);
  axis_->setSubTicks(false);
  axis_->setTickLength(0, 3);
  axis_->grid()->setVisible(false);
  axis_->setBasePen(Qt::NoPen);
}

void TokenAxis::setTokens(const std::vector<std::string>& tokens) {
  tokens_.clear();
  for (const std::string& token : tokens) tokens_.push_back(QString::fromStdString(token));
  setLabelPointSize(base_point_size_);
}

// Elision depends on the font, so the labels follow every size change.
void TokenAxis::setLabelPointSize(double size) {
  QFont font = axis_->tickLabelFont();
  font.setPointSizeF(size);
  axis_->setTickLabelFont(font);
  const QFontMetrics metrics(font);
  labels_.clear();
  for (const QString& token : tokens_) labels_ << metrics.elidedText(token, Qt::ElideMiddle, kMaxLabelPixels);
}

double TokenAxis::pixelsPerCell() const {
  const double span = axis_->range().size();
  const int pixels = axis_->orientation() == Qt::Horizontal ? axis_->axisRect()->width()
                                                            : axis_->axisRect()->height();
  return span > 0 ? pixels / span : 0;
}

double TokenAxis::lineHeight() const { return QFontMetrics(axis_->tickLabelFont()).height(); }

double TokenAxis::widestLabel() const {
  const QFontMetrics metrics(axis_->tickLabelFont());
  int widest = 0;
  for (const QString& label : labels_) widest = std::max(widest, metrics.horizontalAdvance(label));
  return widest;
}

// Every how many cells a label of `label_extent` pixels (along the axis)
// fits; a font's line height already includes the gap between lines.
int TokenAxis::labelStep(double label_extent) const {
  const double cell = pixelsPerCell();
  if (cell <= 0) return 1;
  return std::max(1, static_cast<int>(std::ceil(label_extent / cell - 1e-6)));
}

// Horizontal top labels at full size read best; then vertical ones; then
// smaller ones, so that every token keeps its label as long as it can.
void TokenAxis::fit() {
  setLabelPointSize(base_point_size_);
  if (axis_->orientation() == Qt::Horizontal) {
    const bool horizontal_fits = widestLabel() + 4 <= pixelsPerCell();
    axis_->setTickLabelRotation(horizontal_fits ? 0 : -90);
    if (horizontal_fits) {
      placeLabels(1);
      return;
    }
  }
  for (double size = base_point_size_; size > kSmallestPointSize && labelStep(lineHeight()) > 1;) {
    size = std::max(kSmallestPointSize, size - 0.5);
    setLabelPointSize(size);
  }
  placeLabels(labelStep(lineHeight()));
}

void TokenAxis::placeLabels(int step) {
  QMap<double, QString> ticks;
  for (int i = 0; i < labels_.size(); i += step) ticks.insert(i, labels_[i]);
  ticker_->setTicks(ticks);
}

}  // namespace attnviz::ui
