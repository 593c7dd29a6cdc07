#pragma once
// Beam search read as a tree (issue 16): one column per step, one box per
// candidate with its token and the hypothesis's log-probability, joined to
// the hypothesis it extends. Candidates pruned at their step are greyed
// with dashed lines, final hypotheses have a thick border, the path of the
// returned one is drawn in the highlight colour; a click on a box asks for
// that hypothesis. It lays out and draws the core's BeamTree, nothing more.

#include "alignment/BeamTree.h"

#include <QWidget>

#include <optional>
#include <vector>

namespace attnviz::ui {

class BeamTreeView : public QWidget {
  Q_OBJECT

 public:
  explicit BeamTreeView(QWidget* parent = nullptr);

  void setTree(const BeamTree& tree);
  // The node whose hypothesis the pane shows, outlined; none by default.
  void setSelected(std::optional<int> node);
  std::optional<int> selected() const { return selected_; }
  const BeamTree& tree() const { return tree_; }
  // The box of `node` in this widget's pixels (empty for an unknown id).
  QRect nodeRect(int node) const;
  // The node whose box is under `pixel`, or -1.
  int nodeAt(const QPoint& pixel) const;
  QSize sizeHint() const override;

 signals:
  void nodeClicked(int node);

 protected:
  bool event(QEvent* event) override;
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;

 private:
  void placeNodes();
  void markReturnedPaths();
  QString describe(const BeamNode& node) const;
  void drawLegend(QPainter& painter) const;
  void drawEdge(QPainter& painter, const BeamNode& node) const;
  void drawNode(QPainter& painter, const BeamNode& node) const;

  BeamTree tree_;
  std::vector<QPoint> places_;  // per node: (column, row) in the grid
  std::vector<bool> returned_;  // per node: on the path of a returned hypothesis
  int first_step_ = 0;
  std::optional<int> selected_;
};

}  // namespace attnviz::ui
