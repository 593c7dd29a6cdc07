#include "view/ElidedLabel.h"

#include "view/ElidedText.h"

#include <QPainter>

namespace attnviz::ui {

ElidedLabel::ElidedLabel(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

// The size hint does not depend on the text (it elides to any width), so
// a new text asks for no new layout of the pane.
void ElidedLabel::setText(const QString& text) {
  text_ = text;
  updateToolTip();
  update();
}

QString ElidedLabel::shown() const { return elided_text(font(), text_, Qt::ElideRight, width()); }

bool ElidedLabel::isElided() const { return shown() != text_; }

QSize ElidedLabel::sizeHint() const { return minimumSizeHint(); }

QSize ElidedLabel::minimumSizeHint() const { return {0, fontMetrics().height()}; }

void ElidedLabel::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setPen(palette().color(foregroundRole()));
  painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, shown());
}

void ElidedLabel::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  updateToolTip();
}

void ElidedLabel::updateToolTip() { setToolTip(isElided() ? text_ : QString()); }

}  // namespace attnviz::ui
