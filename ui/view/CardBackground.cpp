#include "view/CardBackground.h"

#include <QPainter>
#include <QWidget>

namespace attnviz::ui {

void paint_card(QWidget& widget) {
  constexpr double kRadius = 6;
  QPainter painter(&widget);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(widget.palette().color(QPalette::Mid), 1));
  painter.setBrush(widget.palette().color(QPalette::Base));
  painter.drawRoundedRect(QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
}

}  // namespace attnviz::ui
