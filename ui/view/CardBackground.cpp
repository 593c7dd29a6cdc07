#include "view/CardBackground.h"

#include <QPainter>
#include <QWidget>

namespace attnviz::ui {

void paint_card(QWidget& widget) {
  constexpr double kRadius = 6;
  const QRectF card = QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5);
  const QColor base = widget.palette().color(QPalette::Base);
  QPainter painter(&widget);
  // The inside as two rectangles and four corner discs: the rounded shape
  // filled whole with antialiasing was a tenth of drawing the pane grid.
  painter.fillRect(card.adjusted(kRadius, 0, -kRadius, 0), base);
  painter.fillRect(card.adjusted(0, kRadius, 0, -kRadius), base);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(Qt::NoPen);
  painter.setBrush(base);
  const QRectF centres = card.adjusted(kRadius, kRadius, -kRadius, -kRadius);
  for (const QPointF& centre : {centres.topLeft(), centres.topRight(), centres.bottomLeft(), centres.bottomRight()})
    painter.drawEllipse(centre, kRadius, kRadius);
  painter.setPen(QPen(widget.palette().color(QPalette::Mid), 1));
  painter.setBrush(Qt::NoBrush);
  painter.drawRoundedRect(card, kRadius, kRadius);
}

}  // namespace attnviz::ui
