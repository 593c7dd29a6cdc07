#pragma once
// The heatmap's context menu in a model pane (issue 16, "attention
// interventions"): mask the source word under the pointer (a cell or its
// column label), pin the step's attention to that word, or take every
// intervention back. It names what the user pointed at; the pane decodes.

#include "view/HeatmapPlot.h"  // Cell, as a signal argument (its metatype)

#include <QObject>

class QMenu;

namespace attnviz::ui {

class InterventionMenu : public QObject {
  Q_OBJECT

 public:
  explicit InterventionMenu(HeatmapPlot* plot);

  // Unavailable: the menu says `why_not` (a forced or imported alignment).
  void setAvailable(bool available, const QString& why_not);
  // The menu for a right-click at `pixel` of the plot (a test seam: the
  // right-click pops up this menu).
  QMenu* menuAt(const QPoint& pixel);

 signals:
  void maskRequested(int column);  // a column of the plot's alignment
  void pinRequested(attnviz::ui::Cell cell);
  void clearRequested();

 private:
  Cell pointedAt(const QPoint& pixel) const;
  QString sourceWord(int column) const;
  void addMask(QMenu* menu, int column);
  void addPin(QMenu* menu, const Cell& cell);

  HeatmapPlot* plot_;
  QMenu* menu_ = nullptr;
  bool available_ = false;
  QString why_not_;
};

}  // namespace attnviz::ui
