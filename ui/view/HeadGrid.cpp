#include "view/HeadGrid.h"

#include "alignment/HeadSummary.h"
#include "alignment/MapFocus.h"
#include "view/ColorMaps.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>

namespace attnviz::ui {
namespace {

constexpr int kLabelWidth = 52;   // "layer 11"
constexpr int kLabelHeight = 18;  // "head 15"

}  // namespace

HeadGrid::HeadGrid(QWidget* parent) : QWidget(parent), gradient_(color_gradient(ColorMapName::Viridis)) {
  setObjectName(QStringLiteral("headGrid"));
  setMouseTracking(true);
}

void HeadGrid::setMaps(const Alignment& alignment, MapKind kind, const std::optional<GoldAlignment>& gold) {
  alignment_ = alignment;
  gold_ = gold;
  kind_ = kind;
  const MapGridShape shape = map_grid_shape(alignment, kind);
  layers_ = shape.layers;
  heads_ = shape.heads;
  // Once per sentence, not per repaint: each summary reads a whole map.
  badges_.clear();
  for (int layer = 0; layer < layers_; ++layer)
    for (int head = 0; head < heads_; ++head) badges_.push_back(describeHead(layer, head));
  updateGeometry();
  update();
}

void HeadGrid::setSwitchedOff(const std::vector<HeadRef>& heads) {
  switched_off_ = heads;
  update();
}

bool HeadGrid::isOff(int layer, int head) const {
  return std::find(switched_off_.begin(), switched_off_.end(), HeadRef{kind_, layer, head}) != switched_off_.end();
}

void HeadGrid::setGradient(const QCPColorGradient& gradient) {
  gradient_ = gradient;
  update();
}

void HeadGrid::setCurrent(std::optional<size_t> map_index) {
  current_ = map_index;
  update();
}

QSize HeadGrid::sizeHint() const {
  return {kLabelWidth + heads_ * (kThumbnail + kGap), kLabelHeight + layers_ * (kThumbnail + kBadge + kGap)};
}

QPoint HeadGrid::origin() const { return {kLabelWidth, kLabelHeight}; }

QRect HeadGrid::thumbnailRect(int layer, int head) const {
  return {origin() + QPoint(head * (kThumbnail + kGap), layer * (kThumbnail + kBadge + kGap)), QSize(kThumbnail, kThumbnail)};
}

QString HeadGrid::badgeText(int layer, int head) const {
  const auto at = static_cast<size_t>(layer * heads_ + head);
  return layer < layers_ && head < heads_ && at < badges_.size() ? badges_[at] : QString();
}

// "H 1.23 c 0.54" and the role or AER: a smaller font keeps two lines in
// the badge of an 84 px thumbnail.
QString HeadGrid::describeHead(int layer, int head) const {
  const std::optional<size_t> index = find_map(alignment_, kind_, layer, head);
  if (!index) return {};
  const HeadSummary summary = summarise_head(alignment_, *index, gold_);
  QStringList second;
  if (summary.aer) second << tr("AER %1").arg(*summary.aer, 0, 'f', 2);
  if (!summary.role.empty()) second << QString::fromStdString(summary.role);
  return tr("H %1 · c %2").arg(summary.entropy, 0, 'f', 2).arg(summary.confidence, 0, 'f', 2) + "\n" +
         second.join(QStringLiteral(" · "));
}

std::optional<size_t> HeadGrid::mapAt(QPoint position) const {
  for (int layer = 0; layer < layers_; ++layer)
    for (int head = 0; head < heads_; ++head)
      if (thumbnailRect(layer, head).contains(position)) return find_map(alignment_, kind_, layer, head);
  return std::nullopt;
}

void HeadGrid::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  painter.setFont(small);
  painter.setPen(palette().color(QPalette::PlaceholderText));
  for (int head = 0; head < heads_; ++head) {
    const QRect top = thumbnailRect(0, head);
    painter.drawText(QRect(top.left(), 0, top.width(), kLabelHeight), Qt::AlignCenter, tr("head %1").arg(head));
  }
  for (int layer = 0; layer < layers_; ++layer) {
    const QRect left = thumbnailRect(layer, 0);
    painter.drawText(QRect(0, left.top(), kLabelWidth - 4, left.height()), Qt::AlignRight | Qt::AlignVCenter,
                     tr("layer %1").arg(layer));
    for (int head = 0; head < heads_; ++head) {
      const std::optional<size_t> index = find_map(alignment_, kind_, layer, head);
      if (!index) continue;
      drawThumbnail(painter, alignment_.maps[*index], thumbnailRect(layer, head));
      if (isOff(layer, head)) drawSwitchedOff(painter, thumbnailRect(layer, head));
      painter.setPen(palette().color(QPalette::WindowText));
      const QRect badge(thumbnailRect(layer, head).bottomLeft() + QPoint(0, 2), QSize(kThumbnail, kBadge - 2));
      painter.drawText(badge, Qt::AlignHCenter | Qt::AlignTop, badgeText(layer, head));
      if (index == current_) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(thumbnailRect(layer, head).adjusted(-2, -2, 2, 2));
      }
    }
  }
}

// Cells as square as the thumbnail allows, the matrix centred in it; one
// image pixel per cell, scaled without smoothing so cells stay sharp.
void HeadGrid::drawThumbnail(QPainter& painter, const AttentionMap& map, const QRect& rect) {
  const RowMatrix& weights = map.weights;
  if (weights.size() == 0) return;
  QImage cells(int(weights.cols()), int(weights.rows()), QImage::Format_RGB32);
  for (Eigen::Index r = 0; r < weights.rows(); ++r)
    for (Eigen::Index c = 0; c < weights.cols(); ++c)
      cells.setPixel(int(c), int(r), gradient_.color(weights(r, c), QCPRange(0, 1)));
  const double cell = double(rect.width()) / double(std::max(weights.rows(), weights.cols()));
  const QSizeF size(cell * double(weights.cols()), cell * double(weights.rows()));
  const QPointF corner(rect.left() + (rect.width() - size.width()) / 2, rect.top() + (rect.height() - size.height()) / 2);
  painter.drawImage(QRectF(corner, size), cells);
}

// Dimmed and struck through: still readable (its map is what it computed),
// plainly not used.
void HeadGrid::drawSwitchedOff(QPainter& painter, const QRect& rect) {
  QColor veil = palette().color(QPalette::Window);
  veil.setAlphaF(0.6);
  painter.fillRect(rect, veil);
  painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
  painter.drawLine(rect.topLeft(), rect.bottomRight());
  painter.drawText(rect, Qt::AlignCenter, tr("off"));
}

void HeadGrid::contextMenuEvent(QContextMenuEvent* event) {
  for (int layer = 0; layer < layers_; ++layer)
    for (int head = 0; head < heads_; ++head) {
      if (!thumbnailRect(layer, head).contains(event->pos())) continue;
      const HeadRef ref{kind_, layer, head};
      const bool off = isOff(layer, head);
      QMenu menu(this);
      menu.addAction(off ? tr("Switch layer %1, head %2 on again").arg(layer).arg(head)
                         : tr("Switch layer %1, head %2 off and decode again").arg(layer).arg(head),
                     this, [this, ref, off] { emit headSwitched(ref, !off); });
      menu.exec(event->globalPos());
      return;
    }
}

void HeadGrid::mousePressEvent(QMouseEvent* event) {
  if (const std::optional<size_t> index = mapAt(event->position().toPoint())) emit mapClicked(*index);
}

}  // namespace attnviz::ui
