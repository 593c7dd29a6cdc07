#include "view/StepStrip.h"

#include "view/ColorMaps.h"
#include "view/ElidedText.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace attnviz::ui {
namespace {

constexpr int kRowHeight = 16;
constexpr int kRows = 3;  // token, probability, entropy

}  // namespace

StepStrip::StepStrip(QWidget* parent) : QWidget(parent) {
  setToolTip(tr("p: probability of the chosen token at each step\n"
                "H: entropy of the step's attention row (nats; 0 = one source token)"));
}

void StepStrip::setSteps(const Alignment& alignment, std::vector<double> entropies) {
  tokens_.clear();
  probabilities_.clear();
  for (const std::string& token : alignment.target_tokens) tokens_.push_back(QString::fromStdString(token));
  for (const DecodeStep& step : alignment.steps) probabilities_.push_back(step.probability);
  entropies_ = std::move(entropies);
  // ln(columns) is the most a row can have: the uniform row.
  max_entropy_ = std::max(1e-9, std::log(std::max<double>(2, alignment.cols())));
  update();
}

void StepStrip::clear() {
  tokens_.clear();
  probabilities_.clear();
  entropies_.clear();
  update();
}

QSize StepStrip::sizeHint() const { return {300, kRows * kRowHeight + 2}; }
QSize StepStrip::minimumSizeHint() const { return {60, kRows * kRowHeight + 2}; }

void StepStrip::paintEvent(QPaintEvent*) {
  if (tokens_.empty()) return;
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing, false);
  const int label_width = fontMetrics().horizontalAdvance(QStringLiteral("p(y) ")) + 4;
  drawRowLabels(painter, label_width);
  const double column = double(width() - label_width) / tokens_.size();
  for (size_t step = 0; step < tokens_.size(); ++step) {
    drawStep(painter, int(step), QRectF(label_width + step * column, 0, column, height()));
  }
}

void StepStrip::drawRowLabels(QPainter& painter, int label_width) const {
  painter.setPen(palette().color(QPalette::PlaceholderText));
  if (!probabilities_.empty()) painter.drawText(QRect(0, kRowHeight, label_width, kRowHeight), Qt::AlignVCenter, tr("p(y)"));
  painter.drawText(QRect(0, 2 * kRowHeight, label_width, kRowHeight), Qt::AlignVCenter, tr("H(α)"));
}

// One column: the token, then its probability and its entropy as shaded
// cells (the brighter, the surer the decoder / the more spread the row).
void StepStrip::drawStep(QPainter& painter, int step, const QRectF& column) const {
  QFont small = font();
  small.setPointSizeF(font().pointSizeF() * 0.85);
  painter.setFont(small);
  const QFontMetrics metrics(small);
  const QRectF token(column.left(), 0, column.width(), kRowHeight);
  painter.setPen(palette().color(QPalette::WindowText));
  painter.drawText(token, Qt::AlignCenter, elided_text(small, tokens_[step], Qt::ElideRight, int(column.width()) - 2));
  QCPColorGradient gradient = color_gradient(ColorMapName::Viridis);  // color() caches, so not const
  const double values[2] = {step < int(probabilities_.size()) ? probabilities_[step] : 0.0,
                            step < int(entropies_.size()) ? entropies_[step] : 0.0};
  const double spans[2] = {1.0, max_entropy_};
  // A matrix read from a file has no decoder probabilities: that row stays blank.
  for (int row = probabilities_.empty() ? 1 : 0; row < 2; ++row) {
    const QRectF cell(column.left() + 1, (row + 1) * kRowHeight + 1, column.width() - 2, kRowHeight - 2);
    const QColor fill = gradient.color(values[row], QCPRange(0, spans[row]));
    painter.fillRect(cell, fill);
    painter.setPen(fill.lightnessF() > 0.55 ? Qt::black : Qt::white);
    const QString text = QString::number(values[row], 'f', 2);
    if (metrics.horizontalAdvance(text) < cell.width()) painter.drawText(cell, Qt::AlignCenter, text);
  }
}

}  // namespace attnviz::ui
