#include "view/CardBackground.h"

#include <QImage>
#include <QPainter>
#include <QWidget>

namespace attnviz::ui {
namespace {

constexpr int kRadius = 6;

struct CardColours {
  QColor fill, edge;
  qreal pixel_ratio = 1;
  bool operator==(const CardColours&) const = default;
};

// A card of the smallest size: its four quarters are the corners of any card.
QImage draw_corners(const CardColours& colours) {
  const int side = 2 * kRadius + 2;
  QImage image(QSize(side, side) * colours.pixel_ratio, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(colours.pixel_ratio);
  image.fill(Qt::transparent);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(colours.edge, 1));
  painter.setBrush(colours.fill);
  painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), kRadius, kRadius);
  return image;
}

// Every card of a window has the same colours: one image serves them all
// until the theme changes.
const QImage& corners(const CardColours& colours) {
  static CardColours drawn_for;
  static QImage image;
  if (image.isNull() || !(drawn_for == colours)) {
    image = draw_corners(colours);
    drawn_for = colours;
  }
  return image;
}

}  // namespace

// The inside and the straight edges are whole-pixel opaque fills, which
// the raster engine does as memory fills, and the corners are copied from
// a small image: the rounded rectangle drawn whole through the antialiasing
// rasterizer cost a tenth of drawing the pane grid.
void paint_card(QWidget& widget) {
  const CardColours colours{widget.palette().color(QPalette::Base), widget.palette().color(QPalette::Mid),
                            widget.devicePixelRatioF()};
  const int width = widget.width(), height = widget.height(), r = kRadius;
  QPainter painter(&widget);
  painter.fillRect(QRect(1, r, width - 2, height - 2 * r), colours.fill);
  painter.fillRect(QRect(r, 1, width - 2 * r, r - 1), colours.fill);
  painter.fillRect(QRect(r, height - r, width - 2 * r, r - 1), colours.fill);
  for (const QRect& edge : {QRect(r, 0, width - 2 * r, 1), QRect(r, height - 1, width - 2 * r, 1),
                            QRect(0, r, 1, height - 2 * r), QRect(width - 1, r, 1, height - 2 * r)})
    painter.fillRect(edge, colours.edge);
  const QImage& source = corners(colours);
  const qreal far = 2 * r + 2 - r, ratio = colours.pixel_ratio;
  for (const QPointF& corner : {QPointF(0, 0), QPointF(far, 0), QPointF(0, far), QPointF(far, far)}) {
    const QPointF at(corner.x() == 0 ? 0 : width - r, corner.y() == 0 ? 0 : height - r);
    painter.drawImage(QRectF(at, QSizeF(r, r)), source, QRectF(corner * ratio, QSizeF(r, r) * ratio));
  }
}

}  // namespace attnviz::ui
