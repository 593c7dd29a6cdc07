#pragma once
// The View > Panes menu, one switch per pane (Alt+1..9), kept in step with
// the grid: a pane added, shown, hidden or closed changes both. View >
// Compare switches the model panes to a preset (ComparisonPreset.h). Only a
// model pane's switch is remembered (SavedState::hidden_panes): an opened
// matrix is not reopened on the next start.

#include "model/ComparisonPreset.h"

#include <QObject>

class QAction;
class QMenu;
class QStatusBar;

namespace attnviz::ui {

class ModelPane;
class PaneGrid;
struct SavedState;

class PaneActions : public QObject {
  Q_OBJECT

 public:
  PaneActions(PaneGrid* grid, SavedState& state, QStatusBar* status, QObject* parent);

  void addMenu(QMenu* view);
  // Puts the pane in the menu and shows or hides it in the grid.
  void addPane(ModelPane* pane, bool visible);
  QAction* paneAction(const ModelPane* pane) const;
  // Shows the model panes of `preset` and hides the others; opened
  // matrices stay as they are.
  void showPreset(ComparisonPreset preset);

 signals:
  // A model pane was switched on: it needs the current sentence.
  void paneShown();

 private:
  void closePane(ModelPane* pane);
  void numberPaneActions();
  void setPaneVisible(ModelPane* pane, bool on);
  void addPresetMenu(QMenu* view);

  PaneGrid* grid_;
  SavedState& state_;
  QStatusBar* status_;
  QMenu* menu_ = nullptr;
};

}  // namespace attnviz::ui
