#pragma once
// What leaves the app: Edit > Copy cell / row / matrix / image and File >
// Export pane / grid. Each takes the panes as they are shown (</s> hidden
// or not) and the gold links of the current example.

#include "alignment/GoldAlignment.h"
#include "export/ModelAlignment.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QMenu;
class QStatusBar;
class QWidget;

namespace attnviz::ui {

class ModelPane;
class PaneGrid;
struct SavedState;

class ExportActions : public QObject {
  Q_OBJECT

 public:
  using GoldSource = std::function<std::optional<GoldAlignment>()>;

  ExportActions(QWidget* window, PaneGrid* grid, const SavedState& state, QStatusBar* status, GoldSource gold);

  void addExportActions(QMenu* file);
  void addCopyActions(QMenu* edit);

 private:
  void copyCell();
  void copyRow();
  void copyMatrix();
  void copyImage();
  void exportPanes(bool active_only);
  std::vector<const ModelPane*> shownPanes(bool active_only) const;
  ModelAlignments shownAlignments(bool active_only) const;
  std::optional<GoldAlignment> goldFor(bool active_only) const;

  QWidget* window_;
  PaneGrid* grid_;
  const SavedState& state_;
  QStatusBar* status_;
  GoldSource gold_;
};

}  // namespace attnviz::ui
