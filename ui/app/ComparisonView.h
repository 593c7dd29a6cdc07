#pragma once
// Which score functions agree: for each pair of visible panes, the mean
// Jensen-Shannon divergence of their attention rows (0 = the same
// alignment, 1 = nothing in common), and on demand a difference heatmap of
// two panes. Rows are comparable only when the panes share a target, so
// this asks for a reference translation when the translations differ.

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace attnviz::ui {

class HeatmapPlot;
class ModelPane;

class ComparisonView : public QWidget {
  Q_OBJECT

 public:
  explicit ComparisonView(QWidget* parent = nullptr);

  void setPanes(const std::vector<ModelPane*>& panes);
  // The divergence shown for panes i and j, or an empty string when they
  // cannot be compared.
  QString divergenceText(int i, int j) const;
  HeatmapPlot* differencePlot() const { return difference_; }
  // Wide enough to read every column of the table.
  QSize sizeHint() const override;

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  static constexpr int kCellPadding = 24;  // around a name in the table

  void refresh();
  void fillTable();
  void fillChoices();
  void showDifference();

  std::vector<ModelPane*> panes_;
  bool stale_ = false;  // panes_ changed while hidden
  QTableWidget* table_;
  QLabel* hint_;
  QComboBox* first_;
  QComboBox* second_;
  HeatmapPlot* difference_;
};

}  // namespace attnviz::ui
