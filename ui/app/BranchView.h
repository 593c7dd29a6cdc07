#pragma once
// Beside a pane's what-if branch (issue 16): the model's own result, and
// the difference branch − own on the steps both have (core's
// compare_branch), red where the branch attends more, blue where less.
// The steps whose token changed carry an orange bar in both.

#include "alignment/BranchComparison.h"
#include "view/HeatmapOptions.h"

#include <QWidget>

namespace attnviz::ui {

class HeatmapPlot;

class BranchView : public QWidget {
  Q_OBJECT

 public:
  explicit BranchView(QWidget* parent = nullptr);

  // Takes effect from the next showBranch().
  void setOptions(const HeatmapOptions& options);
  // `own` as the pane shows it (the same map, </s> hidden or not).
  void showBranch(const Alignment& own, const BranchComparison& comparison);
  HeatmapPlot* ownPlot() const { return own_; }
  HeatmapPlot* differencePlot() const { return difference_; }

 private:
  void showDifference(const BranchComparison& comparison);

  HeatmapPlot* own_;
  HeatmapPlot* difference_;
};

}  // namespace attnviz::ui
