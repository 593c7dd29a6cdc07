#pragma once
// The pane's "every head" popup: a tab per kind of attention the model has
// (cross, encoder self, decoder self) over a HeadGrid of its layers and
// heads. A click on a head shows it in the pane and closes the popup.

#include "alignment/Alignment.h"
#include "alignment/GoldAlignment.h"

#include <qcustomplot.h>

#include <QFrame>

class QTabBar;

namespace attnviz::ui {

class HeadGrid;

class HeadsPopup : public QFrame {
  Q_OBJECT

 public:
  explicit HeadsPopup(QWidget* parent = nullptr);

  // `shown`: the index of the map the pane shows, outlined and its kind's tab open.
  // `gold`: the sentence's gold links, for each cross-attention head's AER.
  void setMaps(const Alignment& alignment, size_t shown, const QCPColorGradient& gradient,
               const std::optional<GoldAlignment>& gold = std::nullopt);
  HeadGrid* grid() const { return grid_; }
  QTabBar* kinds() const { return kinds_; }

 signals:
  void mapClicked(size_t map_index);

 private:
  void showKind(int tab);

  Alignment alignment_;
  std::optional<GoldAlignment> gold_;
  std::vector<MapKind> listed_kinds_;
  QTabBar* kinds_;
  HeadGrid* grid_;
};

}  // namespace attnviz::ui
