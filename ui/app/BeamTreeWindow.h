#pragma once
// A pane's beam tree in a window of its own, beside the main window, so
// that the heatmap stays in sight while the user clicks hypotheses.

#include "alignment/BeamTree.h"

#include <QScrollArea>

#include <optional>

namespace attnviz::ui {

class BeamTreeView;

class BeamTreeWindow : public QScrollArea {
  Q_OBJECT

 public:
  explicit BeamTreeWindow(QWidget* parent);

  // A new tree clears the selection; the same tree keeps it.
  void setTree(const BeamTree& tree);
  void setSelected(std::optional<int> node);
  BeamTreeView* view() const { return view_; }
  // Shows the window as large as the tree, within reason, its top left at
  // `anchor` (global pixels) as far as the screen allows.
  void open(const QString& title, const QPoint& anchor);

 signals:
  void nodeClicked(int node);

 private:
  BeamTreeView* view_;
};

}  // namespace attnviz::ui
