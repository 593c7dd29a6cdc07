#pragma once
// One target step in detail, opened by clicking its heatmap row: the
// attention vector over the source tokens as bars, and the decoder's best
// alternatives for that step with their probabilities.

#include "alignment/Alignment.h"

#include <QWidget>

class QCustomPlot;
class QCPBars;
class QLabel;

namespace attnviz::ui {

class RowDetail : public QWidget {
  Q_OBJECT

 public:
  explicit RowDetail(QWidget* parent = nullptr);

  // Shows row `row` of the primary map; `alignment` is what the heatmap shows.
  void showRow(const Alignment& alignment, int row);
  int row() const { return row_; }
  QString alternativesText() const;

 signals:
  void closeRequested();

 private:
  void setUpBars();
  static QString describeAlternatives(const DecodeStep& step);

  QLabel* heading_;
  QLabel* alternatives_;
  QCustomPlot* plot_;
  QCPBars* bars_;
  int row_ = -1;
};

}  // namespace attnviz::ui
