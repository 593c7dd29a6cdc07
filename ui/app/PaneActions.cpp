#include "app/PaneActions.h"

#include "app/AppSettings.h"
#include "app/PaneGrid.h"

#include <QMenu>

#include <algorithm>
#include <QStatusBar>

namespace attnviz::ui {

PaneActions::PaneActions(PaneGrid* grid, SavedState& state, QStatusBar* status, QObject* parent)
    : QObject(parent), grid_(grid), state_(state), status_(status) {}

void PaneActions::addMenu(QMenu* view) {
  menu_ = view->addMenu(tr("&Panes"));
  addPresetMenu(view);
}

void PaneActions::addPresetMenu(QMenu* view) {
  QMenu* compare = view->addMenu(tr("Co&mpare"));
  const auto add = [this, compare](const QString& text, const QString& name, ComparisonPreset preset) {
    compare->addAction(text, this, [this, preset] { showPreset(preset); })->setObjectName(name);
  };
  add(tr("By &score function (global attention, one pane per score)"), QStringLiteral("compareByScore"),
      ComparisonPreset::ByScoreFunction);
  add(tr("By &mechanism (global, local-m, local-p, hard; same score inside)"), QStringLiteral("compareByMechanism"),
      ComparisonPreset::ByMechanism);
}

void PaneActions::showPreset(ComparisonPreset preset) {
  const std::vector<ModelPane*> models = following_sentence(grid_->panes());
  std::vector<ModelInfo> infos;
  for (const ModelPane* pane : models) infos.push_back(pane->info());
  const std::vector<bool> shown = preset_members(preset, infos);
  for (size_t i = 0; i < models.size(); ++i) paneAction(models[i])->setChecked(shown[i]);
  const auto count = std::ranges::count(shown, true);
  status_->showMessage(count > 1 ? tr("Comparing %n models that differ in one thing only", nullptr, static_cast<int>(count))
                                 : tr("Only one loaded model fits this comparison: open more models (File > Open model)"),
                       8000);
}

void PaneActions::addPane(ModelPane* pane, bool visible) {
  QAction* action = menu_->addAction(pane->title());
  action->setCheckable(true);
  action->setChecked(visible);
  action->setData(QVariant::fromValue(static_cast<QObject*>(pane)));
  numberPaneActions();
  connect(action, &QAction::toggled, this, [this, pane](bool on) { setPaneVisible(pane, on); });
  grid_->setPaneVisible(pane, visible);
  connect(pane, &ModelPane::closeRequested, this, [this, pane] { closePane(pane); });
}

void PaneActions::setPaneVisible(ModelPane* pane, bool on) {
  grid_->setPaneVisible(pane, on);
  if (!pane->followsSentence()) return;
  state_.hidden_panes.removeAll(pane->modelName());
  if (!on) state_.hidden_panes << pane->modelName();
  if (on) emit paneShown();
}

void PaneActions::closePane(ModelPane* pane) {
  status_->showMessage(tr("Closed %1").arg(pane->title()), 5000);
  delete paneAction(pane);
  grid_->removePane(pane);
  numberPaneActions();
}

// Alt+1..9 follow the menu's order, which closing a pane changes.
void PaneActions::numberPaneActions() {
  int number = 0;
  for (QAction* action : menu_->actions()) {
    ++number;
    action->setShortcut(number <= 9 ? QKeySequence(tr("Alt+%1").arg(number)) : QKeySequence());
  }
}

QAction* PaneActions::paneAction(const ModelPane* pane) const {
  for (QAction* action : menu_->actions()) {
    if (action->data().value<QObject*>() == pane) return action;
  }
  return nullptr;
}

}  // namespace attnviz::ui
