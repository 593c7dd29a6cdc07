#include "view/TokenAxis.h"

#include <algorithm>
#include <cmath>

namespace attnviz::ui {

TokenAxis::TokenAxis(QCPAxis* axis) : axis_(axis), ticker_(new QCPAxisTickerText) {
  axis_->setTicker(ticker_);
  axis_->setSubTicks(false);
  axis_->setTickLength(0, 3);
  axis_->grid()->setVisible(false);
  axis_->setBasePen(Qt::NoPen);
}

void TokenAxis::setTokens(const std::vector<std::string>& tokens) {
  const QFontMetrics metrics(axis_->tickLabelFont());
  labels_.clear();
  for (const std::string& token : tokens) {
    labels_ << metrics.elidedText(QString::fromStdString(token), Qt::ElideMiddle, kMaxLabelPixels);
  }
}

double TokenAxis::pixelsPerCell() const {
  const double span = axis_->range().size();
  const int pixels = axis_->orientation() == Qt::Horizontal ? axis_->axisRect()->width()
                                                            : axis_->axisRect()->height();
  return span > 0 ? pixels / span : 0;
}

double TokenAxis::widestLabel() const {
  const QFontMetrics metrics(axis_->tickLabelFont());
  int widest = 0;
  for (const QString& label : labels_) widest = std::max(widest, metrics.horizontalAdvance(label));
  return widest;
}

// Every how many cells a label of `label_extent` pixels (along the axis)
// fits with a small gap.
int TokenAxis::labelStep(double label_extent) const {
  const double cell = pixelsPerCell();
  if (cell <= 0) return 1;
  return std::max(1, static_cast<int>(std::ceil((label_extent + 3) / cell)));
}

void TokenAxis::fit() {
  const double line = QFontMetrics(axis_->tickLabelFont()).height();
  if (axis_->orientation() == Qt::Vertical) {
    placeLabels(labelStep(line));
    return;
  }
  const bool horizontal_fits = widestLabel() + 4 <= pixelsPerCell();
  axis_->setTickLabelRotation(horizontal_fits ? 0 : -90);
  placeLabels(horizontal_fits ? 1 : labelStep(line));
}

void TokenAxis::placeLabels(int step) {
  QMap<double, QString> ticks;
  for (int i = 0; i < labels_.size(); i += step) ticks.insert(i, labels_[i]);
  ticker_->setTicks(ticks);
}

}  // namespace attnviz::ui
