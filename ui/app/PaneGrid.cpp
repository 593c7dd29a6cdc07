#include "app/PaneGrid.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "model/ScoreFunction.h"

#include <algorithm>
#include <iterator>

namespace attnviz::ui {
namespace {

// Columns for n panes: one or two side by side, then rows of three.
int columns_for(int panes) { return panes <= 2 ? std::max(panes, 1) : panes == 4 ? 2 : 3; }

// Model panes come in the README's order of score functions (dot,
// scaled_dot, general, additive, cosine) whatever order their files were
// found in, then models of other scores, then matrices opened from files.
int pane_rank(const ModelPane* pane) {
  constexpr int kOtherModels = static_cast<int>(std::size(kAllScoreFunctions));
  if (!pane->followsSentence()) return kOtherModels + 1;
  const auto score = parse_score_function(pane->info().score);
  if (!score) return kOtherModels;
  return static_cast<int>(std::find(std::begin(kAllScoreFunctions), std::end(kAllScoreFunctions), *score) -
                          std::begin(kAllScoreFunctions));
}

// The large pane of the focus layout takes this share of the height.
constexpr int kFocusShare = 3;  // of 4

// Panes in a row (or rows in a column) start equal, then follow the handles.
QSplitter* splitter_of(Qt::Orientation orientation, const std::vector<QWidget*>& parts) {
  auto* splitter = new QSplitter(orientation);
  splitter->setChildrenCollapsible(false);
  for (QWidget* part : parts) {
    splitter->addWidget(part);
    part->show();  // taking a pane back hid it
  }
  splitter->setSizes(QList<int>(static_cast<qsizetype>(parts.size()), 1000));
  return splitter;
}

QString layout_title(PaneLayout layout) {
  switch (layout) {
    case PaneLayout::Grid: return QObject::tr("&Grid of panes");
    case PaneLayout::Focus: return QObject::tr("&One large pane, the others in a strip");
    case PaneLayout::Tabs: return QObject::tr("&Tabs");
  }
  return {};
}

}  // namespace

PaneGrid::PaneGrid(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
}

ModelPane* PaneGrid::addPane(std::shared_ptr<const AttentionModel> model) {
  return adopt(new ModelPane(std::move(model), this));
}

ModelPane* PaneGrid::addPane(const ModelAlignment& fixed) { return adopt(new ModelPane(fixed, this)); }

ModelPane* PaneGrid::adopt(ModelPane* pane) {
  const auto at = std::upper_bound(panes_.begin(), panes_.end(), pane, [](const ModelPane* a, const ModelPane* b) {
    return pane_rank(a) < pane_rank(b);
  });
  visible_.insert(visible_.begin() + (at - panes_.begin()), true);
  panes_.insert(at, pane);
  connect(pane, &ModelPane::cellHovered, this, [this, pane](const Cell& cell) {
    active_ = pane;
    highlightEverywhere(cell);
  });
  connect(pane, &ModelPane::maximizeRequested, this, [this, pane] { toggleMaximized(pane); });
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
  if (maximized_ == pane) maximized_ = nullptr;
  if (large_ == pane) large_ = nullptr;
  pane->hide();
  pane->setParent(this);
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

void PaneGrid::setPaneLayout(PaneLayout layout) {
  layout_ = layout;
  maximized_ = nullptr;
  relayout();
}

void PaneGrid::setMaximized(ModelPane* pane) {
  maximized_ = pane && isPaneVisible(pane) ? pane : nullptr;
  if (maximized_) large_ = maximized_;  // back from alone, it stays the large one
  relayout();
}

void PaneGrid::toggleMaximized(ModelPane* pane) { setMaximized(maximized_ ? nullptr : pane); }

void PaneGrid::addLayoutActions(QMenu* menu) {
  QMenu* layouts = menu->addMenu(tr("Pane &layout"));
  auto* group = new QActionGroup(layouts);
  for (PaneLayout layout : kAllPaneLayouts) {
    QAction* action = layouts->addAction(layout_title(layout), this, [this, layout] { setPaneLayout(layout); });
    action->setObjectName(QStringLiteral("paneLayout-") + to_string(layout));
    action->setCheckable(true);
    action->setActionGroup(group);
  }
  // Restoring settings sets the layout after the menu exists: follow it.
  const auto check = [this, layouts] {
    for (QAction* action : layouts->actions()) {
      action->setChecked(action->objectName().endsWith(to_string(layout_)));
    }
  };
  connect(this, &PaneGrid::layoutChanged, layouts, check);
  check();
  QAction* maximize = menu->addAction(tr("&Maximise pane"), this, [this] { toggleMaximized(activePane()); });
  maximize->setObjectName(QStringLiteral("maximizePane"));
  maximize->setShortcut(tr("Ctrl+M"));
  maximize->setToolTip(tr("Show the active pane alone, or every pane again (also: double-click a pane)"));
}

// Takes every pane back, drops the old splitters or tabs and arranges the
// shown panes anew: widgets cannot be in two containers at once.
void PaneGrid::relayout() {
  for (ModelPane* pane : panes_) {
    pane->hide();
    pane->setParent(this);
  }
  delete arrangement_;
  arrangement_ = nullptr;
  const auto shown = visiblePanes();
  if (!shown.empty()) {
    arrangement_ = arrange(shown);
    layout()->addWidget(arrangement_);
    // A layout shows a new child only at the next event loop turn; the
    // panes are visible as soon as this returns, for the caller to measure.
    if (isVisible()) arrangement_->show();
  }
  emit layoutChanged();
}

QWidget* PaneGrid::arrange(const std::vector<ModelPane*>& shown) {
  if (maximized_) return splitter_of(Qt::Horizontal, {maximized_});
  switch (layout_) {
    case PaneLayout::Grid: return gridOf(shown);
    case PaneLayout::Focus: return focusOn(large_ && isPaneVisible(large_) ? large_ : shown.front(), shown);
    case PaneLayout::Tabs: return tabsOf(shown);
  }
  return gridOf(shown);
}

// Rows of columns_for(n) panes; a short last row (two under three) is as
// wide as the others, its panes wider.
QSplitter* PaneGrid::gridOf(const std::vector<ModelPane*>& shown) {
  const size_t columns = static_cast<size_t>(columns_for(static_cast<int>(shown.size())));
  std::vector<QWidget*> rows;
  for (size_t first = 0; first < shown.size(); first += columns) {
    const auto end = shown.begin() + static_cast<std::ptrdiff_t>(std::min(first + columns, shown.size()));
    rows.push_back(splitter_of(Qt::Horizontal, {shown.begin() + static_cast<std::ptrdiff_t>(first), end}));
  }
  return splitter_of(Qt::Vertical, rows);
}

QSplitter* PaneGrid::focusOn(ModelPane* large, const std::vector<ModelPane*>& shown) {
  std::vector<QWidget*> strip;
  std::copy_if(shown.begin(), shown.end(), std::back_inserter(strip), [large](ModelPane* pane) { return pane != large; });
  if (strip.empty()) return splitter_of(Qt::Vertical, {large});
  QSplitter* splitter = splitter_of(Qt::Vertical, {large, splitter_of(Qt::Horizontal, strip)});
  splitter->setSizes({kFocusShare * 1000, (4 - kFocusShare) * 1000});
  return splitter;
}

QWidget* PaneGrid::tabsOf(const std::vector<ModelPane*>& shown) {
  auto* tabs = new QTabWidget;
  tabs->setDocumentMode(true);
  for (ModelPane* pane : shown) tabs->addTab(pane, pane->title());
  if (active_ && isPaneVisible(active_)) tabs->setCurrentWidget(active_);
  connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] { active_ = qobject_cast<ModelPane*>(tabs->currentWidget()); });
  return tabs;
}

void PaneGrid::highlightEverywhere(const Cell& cell) {
  for (ModelPane* pane : panes_) pane->heatmap()->setHighlight(cell);
}

std::vector<ModelPane*> following_sentence(const std::vector<ModelPane*>& panes) {
  std::vector<ModelPane*> following;
  std::copy_if(panes.begin(), panes.end(), std::back_inserter(following),
               [](const ModelPane* pane) { return pane->followsSentence(); });
  return following;
}

}  // namespace attnviz::ui
