#pragma once
// One target step in detail, opened by clicking its heatmap row: the
// attention vector over the source tokens as bars, and the decoder's best
// alternatives for that step with their probabilities. Where the pane can
// decode again, each alternative is a link: "what if the decoder had
// chosen this word here?"

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
  // Alternatives as links that emit alternativeChosen (a model pane that
  // decoded freely), or as plain text (a forced or imported alignment).
  void setAlternativesChoosable(bool choosable);
  int row() const { return row_; }
  QString alternativesText() const;

 signals:
  void closeRequested();
  void alternativeChosen(int row, const QString& token);

 private:
  void setUpBars();
  QString describeAlternatives(const DecodeStep& step) const;

  QLabel* heading_;
  QLabel* alternatives_;
  QCustomPlot* plot_;
  QCPBars* bars_;
  int row_ = -1;
  bool choosable_ = false;
};

}  // namespace attnviz::ui
