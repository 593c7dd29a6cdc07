#pragma once
// The View menu: colour map, the options every pane shares, the theme, and
// moving between panes. It keeps the options in the window's SavedState and
// applies them to the grid at once, so a pane opened later starts the same
// way (applyTo). Keys that act on the panes' view (maximise a pane, layout
// modes) belong here too.

#include "app/AppSettings.h"

#include <QObject>

class QAction;
class QMenu;

namespace attnviz::ui {

class ModelPane;
class PaneGrid;

class ViewActions : public QObject {
  Q_OBJECT

 public:
  ViewActions(PaneGrid* grid, SavedState& state, QObject* parent);

  // Fills `view` (after its Panes submenu); `comparison` toggles the dock.
  void fillMenu(QMenu* view, QAction* comparison);
  // A new pane starts as the View menu says, like those already open.
  void applyTo(ModelPane* pane) const;

 signals:
  // The panes redrew with new options: whatever reads them follows.
  void optionsChanged();

 private:
  QAction* addOption(QMenu* menu, const QString& text, bool checked, void (ViewActions::*apply)(bool));
  void addColorMapMenu(QMenu* view);
  void addPaneOptions(QMenu* view);
  void addPaneNavigation(QMenu* view);
  void applyOptions();
  void setColorMap(ColorMapName name);
  void setPerRowScale(bool on);
  void setShowValues(bool on);
  void setShowArgmax(bool on);
  void setShowGold(bool on);
  void setHideEndOfSentence(bool on);
  void setRawScores(bool on);
  void setLinesView(bool on);
  void setDarkTheme(bool on);

  PaneGrid* grid_;
  SavedState& state_;
  bool raw_scores_ = false;  // View > Raw scores, for panes opened later
  bool lines_view_ = false;  // View > Alignment lines, likewise
};

}  // namespace attnviz::ui
