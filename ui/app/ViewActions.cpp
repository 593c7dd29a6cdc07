#include "app/ViewActions.h"

#include "app/PaneGrid.h"
#include "app/Theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>

namespace attnviz::ui {

ViewActions::ViewActions(PaneGrid* grid, SavedState& state, QObject* parent)
    : QObject(parent), grid_(grid), state_(state) {}

QAction* ViewActions::addOption(QMenu* menu, const QString& text, bool checked, void (ViewActions::*apply)(bool)) {
  QAction* action = menu->addAction(text);
  action->setCheckable(true);
  action->setChecked(checked);
  connect(action, &QAction::toggled, this, apply);
  return action;
}

void ViewActions::fillMenu(QMenu* view, QAction* comparison) {
  addColorMapMenu(view);
  addPaneOptions(view);
  addPaneNavigation(view);
  view->addSeparator();
  comparison->setText(tr("&Comparison"));
  comparison->setShortcut(tr("Ctrl+D"));
  view->addAction(comparison);
  addOption(view, tr("&Dark theme"), state_.dark_theme, &ViewActions::setDarkTheme)
      ->setObjectName(QStringLiteral("darkTheme"));
}

void ViewActions::addColorMapMenu(QMenu* view) {
  QMenu* maps = view->addMenu(tr("&Colour map"));
  auto* group = new QActionGroup(maps);
  for (ColorMapName name : kAllColorMaps) {
    QAction* action = maps->addAction(to_string(name));
    action->setCheckable(true);
    action->setChecked(name == state_.options.heatmap.color_map);
    group->addAction(action);
    connect(action, &QAction::triggered, this, [this, name] { setColorMap(name); });
  }
}

void ViewActions::addPaneOptions(QMenu* view) {
  const HeatmapOptions& o = state_.options.heatmap;
  addOption(view, tr("Raw &scores instead of weights"), false, &ViewActions::setRawScores)->setShortcut(tr("Ctrl+R"));
  addOption(view, tr("One colour scale per &row"), o.scale == ColorScaleMode::PerRow, &ViewActions::setPerRowScale);
  addOption(view, tr("&Values in cells"), o.show_values, &ViewActions::setShowValues)->setShortcut(tr("Ctrl+Shift+V"));
  addOption(view, tr("&Argmax outline"), o.show_argmax, &ViewActions::setShowArgmax);
  addOption(view, tr("&Gold alignment"), o.show_gold, &ViewActions::setShowGold);
  addOption(view, tr("&Hide </s> (renormalise rows)"), state_.options.hide_end_of_sentence,
            &ViewActions::setHideEndOfSentence)->setShortcut(tr("Ctrl+E"));
  addOption(view, tr("Alignment &lines"), false, &ViewActions::setLinesView)->setShortcut(tr("Ctrl+L"));
}

void ViewActions::addPaneNavigation(QMenu* view) {
  QAction* next = view->addAction(tr("&Next pane"), this, [this] { grid_->focusNeighbourPane(+1); });
  next->setShortcut(tr("F6"));
  next->setObjectName(QStringLiteral("nextPane"));
  view->addAction(tr("&Previous pane"), this, [this] { grid_->focusNeighbourPane(-1); })->setShortcut(tr("Shift+F6"));
}

void ViewActions::applyTo(ModelPane* pane) const {
  pane->setOptions(state_.options);
  pane->setRawScores(raw_scores_);
  pane->setLinesView(lines_view_);
}

void ViewActions::applyOptions() {
  grid_->setOptions(state_.options);
  emit optionsChanged();
}

void ViewActions::setColorMap(ColorMapName name) {
  state_.options.heatmap.color_map = name;
  applyOptions();
}

void ViewActions::setPerRowScale(bool on) {
  state_.options.heatmap.scale = on ? ColorScaleMode::PerRow : ColorScaleMode::PerPane;
  applyOptions();
}

void ViewActions::setShowValues(bool on) {
  state_.options.heatmap.show_values = on;
  applyOptions();
}

void ViewActions::setShowArgmax(bool on) {
  state_.options.heatmap.show_argmax = on;
  applyOptions();
}

void ViewActions::setShowGold(bool on) {
  state_.options.heatmap.show_gold = on;
  applyOptions();
}

void ViewActions::setHideEndOfSentence(bool on) {
  state_.options.hide_end_of_sentence = on;
  applyOptions();
}

void ViewActions::setRawScores(bool on) {
  raw_scores_ = on;
  for (ModelPane* pane : grid_->panes()) pane->setRawScores(on);
}

void ViewActions::setLinesView(bool on) {
  lines_view_ = on;
  for (ModelPane* pane : grid_->panes()) pane->setLinesView(on);
}

void ViewActions::setDarkTheme(bool on) {
  state_.dark_theme = on;
  apply_theme(*qApp, on);
}

}  // namespace attnviz::ui
