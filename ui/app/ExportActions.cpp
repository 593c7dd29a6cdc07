#include "app/ExportActions.h"

#include "app/AppSettings.h"
#include "app/MatrixText.h"
#include "app/PaneGrid.h"
#include "export/ExportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QMenu>
#include <QStatusBar>

#include <algorithm>

namespace attnviz::ui {

ExportActions::ExportActions(QWidget* window, PaneGrid* grid, const SavedState& state, QStatusBar* status,
                             GoldSource gold)
    : QObject(window), window_(window), grid_(grid), state_(state), status_(status), gold_(std::move(gold)) {}

void ExportActions::addExportActions(QMenu* file) {
  QAction* export_pane = file->addAction(tr("&Export pane…"), this, [this] { exportPanes(true); });
  export_pane->setShortcut(QKeySequence::Save);
  export_pane->setObjectName(QStringLiteral("exportPane"));
  QAction* export_grid = file->addAction(tr("Export &grid…"), this, [this] { exportPanes(false); });
  export_grid->setShortcut(QKeySequence::SaveAs);
  export_grid->setObjectName(QStringLiteral("exportGrid"));
}

void ExportActions::addCopyActions(QMenu* edit) {
  edit->addAction(tr("Copy &cell"), this, &ExportActions::copyCell)->setShortcut(QKeySequence::Copy);
  edit->addAction(tr("Copy &row"), this, &ExportActions::copyRow)->setShortcut(tr("Ctrl+Shift+C"));
  edit->addAction(tr("Copy &matrix"), this, &ExportActions::copyMatrix)->setShortcut(tr("Ctrl+Alt+C"));
  edit->addAction(tr("Copy &image"), this, &ExportActions::copyImage)->setShortcut(tr("Ctrl+Shift+I"));
}

void ExportActions::copyCell() {
  const ModelPane* pane = grid_->activePane();
  if (!pane || !pane->hasAlignment()) return;
  const HeatmapPlot* plot = pane->heatmap();
  const Cell cell = plot->currentCell().valid() ? plot->currentCell() : plot->highlight();
  if (cell.valid()) QApplication::clipboard()->setText(cell_text(plot->alignment(), plot->shownValues(), cell));
}

void ExportActions::copyRow() {
  const ModelPane* pane = grid_->activePane();
  if (!pane || !pane->hasAlignment()) return;
  const HeatmapPlot* plot = pane->heatmap();
  const Cell cell = plot->currentCell().valid() ? plot->currentCell() : plot->highlight();
  if (cell.valid()) QApplication::clipboard()->setText(row_text(plot->alignment(), plot->shownValues(), cell.row));
}

void ExportActions::copyMatrix() {
  const ModelPane* pane = grid_->activePane();
  if (!pane || !pane->hasAlignment()) return;
  QApplication::clipboard()->setText(matrix_text(pane->heatmap()->alignment(), pane->heatmap()->shownValues()));
  status_->showMessage(tr("Copied the matrix of %1").arg(pane->title()), 3000);
}

// What the export draws: the active pane, or every visible pane in grid
// order, each as it is shown (</s> hidden or not).
std::vector<const ModelPane*> ExportActions::shownPanes(bool active_only) const {
  std::vector<const ModelPane*> shown;
  for (const ModelPane* pane : grid_->visiblePanes())
    if (pane->hasAlignment() && (!active_only || pane == grid_->activePane())) shown.push_back(pane);
  return shown;
}

ModelAlignments ExportActions::shownAlignments(bool active_only) const {
  ModelAlignments shown;
  for (const ModelPane* pane : shownPanes(active_only)) shown.push_back({pane->info(), pane->shownAlignment()});
  return shown;
}

// Gold links index the typed sentence's words: a matrix from a file would
// wear them on other words, so a picture with one goes without.
std::optional<GoldAlignment> ExportActions::goldFor(bool active_only) const {
  const auto panes = shownPanes(active_only);
  const bool typed_only =
      std::all_of(panes.begin(), panes.end(), [](const ModelPane* pane) { return pane->followsSentence(); });
  return typed_only ? gold_() : std::nullopt;
}

void ExportActions::exportPanes(bool active_only) {
  const ModelAlignments shown = shownAlignments(active_only);
  if (shown.empty()) {
    status_->showMessage(tr("Nothing to export yet: type a sentence first"), 3000);
    return;
  }
  const QString path = ExportDialog::exportPicture(window_, shown, state_.options.heatmap, goldFor(active_only));
  if (!path.isEmpty()) status_->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

// The grid as Export grid draws it, gold rings and background included.
void ExportActions::copyImage() {
  const ModelAlignments shown = shownAlignments(false);
  if (shown.empty()) return;
  ExportDialog::copyPicture(shown, state_.options.heatmap, goldFor(false));
  status_->showMessage(tr("Copied the picture of %n pane(s)", nullptr, static_cast<int>(shown.size())), 3000);
}

}  // namespace attnviz::ui
