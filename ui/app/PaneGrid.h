#pragma once
// The side-by-side panes, one per loaded model or opened matrix, laid out
// as the user chose (PaneLayout): a grid that uses the window well (five
// panes: three above two, both rows as wide as the window), one large pane
// above a strip of the others, or tabs; splitters between panes, and any
// pane maximised alone by a double-click or Ctrl+M. Hovering a cell in one
// pane highlights the same cell in every other pane.

#include "app/ModelPane.h"
#include "app/PaneLayout.h"

#include <QWidget>

#include <optional>
#include <vector>

class QMenu;
class QSplitter;

namespace attnviz::ui {

class PaneGrid : public QWidget {
  Q_OBJECT

 public:
  explicit PaneGrid(QWidget* parent = nullptr);

  ModelPane* addPane(std::shared_ptr<const AttentionModel> model);
  // A pane that shows `fixed` whatever the sentence (a matrix from a file).
  ModelPane* addPane(const ModelAlignment& fixed);
  const std::vector<ModelPane*>& panes() const { return panes_; }
  std::vector<ModelPane*> visiblePanes() const;
  // Deletes the pane (later, so that its own button may ask for this).
  void removePane(ModelPane* pane);
  void setPaneVisible(ModelPane* pane, bool visible);
  bool isPaneVisible(const ModelPane* pane) const;
  ModelPane* paneNamed(const QString& model_name) const;

  void setOptions(const PaneOptions& options);
  // The pane the keyboard or mouse last used, for copying.
  ModelPane* activePane() const;
  // Moves the keyboard to the next (+1) or previous (-1) visible pane's
  // heatmap, wrapping around, on the same cell: one key compares the
  // models on one word pair.
  void focusNeighbourPane(int step);

  void setPaneLayout(PaneLayout layout);
  PaneLayout paneLayout() const { return layout_; }
  // Shows `pane` alone over the whole grid; null shows every pane again.
  void setMaximized(ModelPane* pane);
  ModelPane* maximized() const { return maximized_; }
  void toggleMaximized(ModelPane* pane);
  // The View menu's layout choices and "Maximise pane" (Ctrl+M), kept
  // here so that the window only says where they go.
  void addLayoutActions(QMenu* menu);

 signals:
  void layoutChanged();

 private:
  ModelPane* adopt(ModelPane* pane);
  std::optional<size_t> indexOf(const ModelPane* pane) const;
  void relayout();
  QWidget* arrange(const std::vector<ModelPane*>& shown);
  QSplitter* gridOf(const std::vector<ModelPane*>& shown);
  QSplitter* focusOn(ModelPane* large, const std::vector<ModelPane*>& shown);
  QWidget* tabsOf(const std::vector<ModelPane*>& shown);
  void highlightEverywhere(const Cell& cell);

  std::vector<ModelPane*> panes_;
  std::vector<bool> visible_;
  ModelPane* active_ = nullptr;
  PaneLayout layout_ = PaneLayout::Grid;
  ModelPane* maximized_ = nullptr;
  ModelPane* large_ = nullptr;  // the large pane of the focus layout; null: the first
  QWidget* arrangement_ = nullptr;  // the splitters or tabs holding the panes now
};

// The panes the models translate into: a matrix opened from a file has
// nothing to do with the sentence.
std::vector<ModelPane*> following_sentence(const std::vector<ModelPane*>& panes);

}  // namespace attnviz::ui
