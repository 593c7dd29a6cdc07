#include "view/AlignmentLinesView.h"

#include "view/ElidedText.h"

#include <QPainter>

namespace attnviz::ui {
namespace {

constexpr double kMargin = 18;
constexpr double kMinimumAlpha = 0.02;  // lighter lines would only add noise

}  // namespace

AlignmentLinesView::AlignmentLinesView(QWidget* parent) : QWidget(parent) {}

void AlignmentLinesView::setAlignment(const Alignment& alignment) {
  alignment_ = alignment;
  update();
}

std::vector<QPointF> AlignmentLinesView::tokenCentres(size_t count, double y) const {
  std::vector<QPointF> centres;
  const double step = (width() - 2 * kMargin) / std::max<size_t>(count, 1);
  for (size_t i = 0; i < count; ++i) centres.emplace_back(kMargin + (i + 0.5) * step, y);
  return centres;
}

void AlignmentLinesView::paintEvent(QPaintEvent*) {
  if (alignment_.maps.empty() || alignment_.rows() == 0) return;
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  const double line = fontMetrics().height();
  const auto sources = tokenCentres(alignment_.source_tokens.size(), kMargin);
  const auto targets = tokenCentres(alignment_.target_tokens.size(), height() - kMargin);
  const RowMatrix& weights = alignment_.primary().weights;
  QColor ink = palette().color(QPalette::Highlight);
  for (Eigen::Index t = 0; t < weights.rows(); ++t) {
    for (Eigen::Index s = 0; s < weights.cols(); ++s) {
      if (weights(t, s) < kMinimumAlpha) continue;
      ink.setAlphaF(weights(t, s));
      painter.setPen(QPen(ink, 1 + 2.5 * weights(t, s)));
      painter.drawLine(sources[s] + QPointF(0, line * 0.6), targets[t] - QPointF(0, line * 0.6));
    }
  }
  drawTokens(painter, alignment_.source_tokens, sources);
  drawTokens(painter, alignment_.target_tokens, targets);
}

void AlignmentLinesView::drawTokens(QPainter& painter, const std::vector<std::string>& tokens,
                                    const std::vector<QPointF>& centres) const {
  painter.setPen(palette().color(QPalette::WindowText));
  const double width = centres.size() > 1 ? centres[1].x() - centres[0].x() : this->width();
  const double height = fontMetrics().height();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const QString label = elided_text(font(), QString::fromStdString(tokens[i]), Qt::ElideRight, int(width) - 2);
    painter.drawText(QRectF(centres[i].x() - width / 2, centres[i].y() - height / 2, width, height),
                     Qt::AlignCenter, label);
  }
}

}  // namespace attnviz::ui
