#pragma once
// Every head of every layer at a glance (BertViz's "model view", natively):
// one thumbnail per head of one kind of attention, layers down, heads
// across, each drawn on the pane's 0-1 colour scale, with its numbers under
// it (entropy, confidence, AER against gold, a role; alignment/HeadSummary.h).
// A click shows that head in the pane; the one shown is outlined. The
// context menu switches a head off (or on again); heads switched off are
// drawn dimmed and struck through.

#include "alignment/Alignment.h"
#include "alignment/GoldAlignment.h"
#include "decoding/DecodeOptions.h"

#include <qcustomplot.h>

#include <QWidget>

#include <optional>

namespace attnviz::ui {

class HeadGrid : public QWidget {
  Q_OBJECT

 public:
  static constexpr int kThumbnail = 84;  // px, the side of one head's picture
  static constexpr int kGap = 6;
  static constexpr int kBadge = 30;  // px under a thumbnail: two lines of numbers

  explicit HeadGrid(QWidget* parent = nullptr);

  void setMaps(const Alignment& alignment, MapKind kind, const std::optional<GoldAlignment>& gold = std::nullopt);
  // The numbers printed under the head's thumbnail.
  QString badgeText(int layer, int head) const;
  void setGradient(const QCPColorGradient& gradient);
  // The map shown in the pane, outlined here (none: nothing outlined).
  void setCurrent(std::optional<size_t> map_index);
  // The heads drawn as switched off.
  void setSwitchedOff(const std::vector<HeadRef>& heads);
  const std::vector<HeadRef>& switchedOff() const { return switched_off_; }
  // The map index of the thumbnail at `position`, if any.
  std::optional<size_t> mapAt(QPoint position) const;
  QRect thumbnailRect(int layer, int head) const;

  QSize sizeHint() const override;

 signals:
  void mapClicked(size_t map_index);
  // From the context menu: switch `head` off when `off`, else on again.
  void headSwitched(attnviz::HeadRef head, bool off);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;

 private:
  // Not const: QCPColorGradient::color() fills its lookup table on first use.
  void drawThumbnail(QPainter& painter, const AttentionMap& map, const QRect& rect);
  QPoint origin() const;
  QString describeHead(int layer, int head) const;
  bool isOff(int layer, int head) const;
  void drawSwitchedOff(QPainter& painter, const QRect& rect);

  Alignment alignment_;
  std::optional<GoldAlignment> gold_;
  MapKind kind_ = MapKind::Cross;
  int layers_ = 0;
  int heads_ = 0;
  QCPColorGradient gradient_;
  std::optional<size_t> current_;
  std::vector<QString> badges_;  // layer-major, one per head
  std::vector<HeadRef> switched_off_;
};

}  // namespace attnviz::ui
