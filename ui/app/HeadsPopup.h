#pragma once
// The pane's "every head" popup: a tab per kind of attention the model has
// (cross, encoder self, decoder self) over a HeadGrid of its layers and
// heads. A click on a head shows it in the pane and closes the popup. For a
// Transformer it also switches heads off (the grid's context menu), ranks
// them by how much the sentence needs each (decoding/HeadImportance.h, in
// a table under the grid) and exports the open tab's heads as one figure.

#include "alignment/Alignment.h"
#include "alignment/GoldAlignment.h"
#include "decoding/HeadImportance.h"

#include <qcustomplot.h>

#include <QFrame>

class QPushButton;
class QTabBar;
class QTreeWidget;

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
  QTreeWidget* ranking() const { return ranking_; }
  QPushButton* rankButton() const { return rank_button_; }
  QPushButton* exportButton() const { return export_button_; }
  // The kind of attention whose tab is open.
  MapKind openKind() const;

  // The heads the pane decodes without, drawn switched off.
  void setSwitchedOff(const std::vector<HeadRef>& heads);
  // The effect of switching each head off, most needed first, as a table.
  void showRanking(const std::vector<HeadEffect>& effects);
  // Whether the model has heads to switch off and rank (a Transformer).
  void setCanSwitchHeads(bool can);

 signals:
  void mapClicked(size_t map_index);
  // The set of heads switched off after the user switched one off or on.
  void switchedOffChanged(const std::vector<attnviz::HeadRef>& heads);
  void rankRequested();
  void exportRequested(attnviz::MapKind kind);

 private:
  void showKind(int tab);
  void switchHead(const HeadRef& head, bool off);
  QWidget* makeButtons();

  Alignment alignment_;
  std::optional<GoldAlignment> gold_;
  std::vector<MapKind> listed_kinds_;
  QTabBar* kinds_;
  HeadGrid* grid_;
  QPushButton* rank_button_ = nullptr;
  QPushButton* export_button_ = nullptr;
  QTreeWidget* ranking_;
  std::vector<HeadRef> switched_off_;
};

}  // namespace attnviz::ui
