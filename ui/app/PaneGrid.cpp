#include "app/PaneGrid.h"

#include <QApplication>
#include <QGridLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace attnviz::ui {
namespace {

// Columns for n panes: one or two side by side, then rows of three.
int columns_for(int panes) { return panes <= 2 ? std::max(panes, 1) : panes == 4 ? 2 : 3; }

}  // namespace

PaneGrid::PaneGrid(QWidget* parent) : QWidget(parent), grid_(new QGridLayout(this)) {
  grid_->setContentsMargins(6, 6, 6, 6);
  grid_->setSpacing(6);
  // Panes read as cards on the window background, like the heatmaps inside.
  setStyleSheet(QStringLiteral("QWidget[pane=\"true\"] { background: palette(base); "
                               "border: 1px solid palette(mid); border-radius: 6px; }"));
}

ModelPane* PaneGrid::addPane(std::shared_ptr<const AttentionModel> model) {
  return adopt(new ModelPane(std::move(model), this));
}

ModelPane* PaneGrid::addPane(const ModelAlignment& fixed) { return adopt(new ModelPane(fixed, this)); }

ModelPane* PaneGrid::adopt(ModelPane* pane) {
  panes_.push_back(pane);
  visible_.push_back(true);
  connect(pane, &ModelPane::cellHovered, this, [this, pane](const Cell& cell) {
    active_ = pane;
    highlightEverywhere(cell);
  });
  relayout();
  return pane;
}

std::vector<ModelPane*> PaneGrid::visiblePanes() const {
  std::vector<ModelPane*> shown;
  for (size_t i = 0; i < panes_.size(); ++i) {
    if (visible_[i]) shown.push_back(panes_[i]);
  }
  return shown;
}

std::optional<size_t> PaneGrid::indexOf(const ModelPane* pane) const {
  const auto it = std::find(panes_.begin(), panes_.end(), pane);
  if (it == panes_.end()) return std::nullopt;
  return static_cast<size_t>(it - panes_.begin());
}

void PaneGrid::removePane(ModelPane* pane) {
  const auto index = indexOf(pane);
  if (!index) return;
  visible_.erase(visible_.begin() + static_cast<std::ptrdiff_t>(*index));
  panes_.erase(panes_.begin() + static_cast<std::ptrdiff_t>(*index));
  if (active_ == pane) active_ = nullptr;
  grid_->removeWidget(pane);
  pane->hide();
  pane->deleteLater();
  relayout();
}

void PaneGrid::setPaneVisible(ModelPane* pane, bool visible) {
  const auto index = indexOf(pane);
  if (!index) return;
  visible_[*index] = visible;
  relayout();
}

bool PaneGrid::isPaneVisible(const ModelPane* pane) const {
  const auto index = indexOf(pane);
  return index && visible_[*index];
}

ModelPane* PaneGrid::paneNamed(const QString& model_name) const {
  for (ModelPane* pane : panes_) {
    if (pane->modelName() == model_name) return pane;
  }
  return nullptr;
}

void PaneGrid::setOptions(const PaneOptions& options) {
  for (ModelPane* pane : panes_) pane->setOptions(options);
}

ModelPane* PaneGrid::activePane() const {
  if (active_ && isPaneVisible(active_)) return active_;
  const auto shown = visiblePanes();
  return shown.empty() ? nullptr : shown.front();
}

void PaneGrid::focusNeighbourPane(int step) {
  const auto shown = visiblePanes();
  if (shown.empty()) return;
  ModelPane* from = activePane();
  for (ModelPane* pane : shown) {
    if (pane->isAncestorOf(QApplication::focusWidget())) from = pane;
  }
  const auto at = std::find(shown.begin(), shown.end(), from) - shown.begin();
  const auto count = static_cast<long>(shown.size());
  ModelPane* to = shown[static_cast<size_t>(((at + step) % count + count) % count)];
  const Cell cell = from->heatmap()->currentCell();
  to->heatmap()->setFocus(Qt::ShortcutFocusReason);
  to->heatmap()->setCurrentCell(cell.valid() ? cell : Cell{0, 0});
  active_ = to;
  highlightEverywhere(to->heatmap()->currentCell());
}

void PaneGrid::relayout() {
  for (ModelPane* pane : panes_) {
    grid_->removeWidget(pane);
    pane->hide();
  }
  const auto shown = visiblePanes();
  const int count = static_cast<int>(shown.size());
  const int columns = columns_for(count);
  const int rows = (count + columns - 1) / columns;
  // A short last row (two under three) shares the full width too: the
  // grid has lcm(columns, last row) narrow columns and each pane spans
  // its share of them.
  const int last_row = count - (rows - 1) * columns;
  const int narrow_columns = count > 0 ? std::lcm(columns, last_row) : 1;
  for (int i = 0; i < count; ++i) {
    const int row = i / columns, in_row = row == rows - 1 ? last_row : columns;
    const int span = narrow_columns / in_row;
    grid_->addWidget(shown[i], row, (i % columns) * span, 1, span);
    shown[i]->show();
  }
  for (int c = 0; c < grid_->columnCount(); ++c) grid_->setColumnStretch(c, c < narrow_columns ? 1 : 0);
  for (int r = 0; r < grid_->rowCount(); ++r) grid_->setRowStretch(r, r < rows ? 1 : 0);
  emit layoutChanged();
}

void PaneGrid::highlightEverywhere(const Cell& cell) {
  for (ModelPane* pane : panes_) pane->heatmap()->setHighlight(cell);
}

}  // namespace attnviz::ui
