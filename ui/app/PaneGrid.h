#pragma once
// The side-by-side panes, one per loaded model or opened matrix, in a grid
// that uses the window well (five panes: three above two, both rows as wide
// as the window). Hovering a cell in one pane highlights the same cell in
// every other pane.

#include "app/ModelPane.h"

#include <QWidget>

#include <optional>
#include <vector>

class QGridLayout;

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

 signals:
  void layoutChanged();

 private:
  ModelPane* adopt(ModelPane* pane);
  std::optional<size_t> indexOf(const ModelPane* pane) const;
  void relayout();
  void highlightEverywhere(const Cell& cell);

  QGridLayout* grid_;
  std::vector<ModelPane*> panes_;
  std::vector<bool> visible_;
  ModelPane* active_ = nullptr;
};

}  // namespace attnviz::ui
