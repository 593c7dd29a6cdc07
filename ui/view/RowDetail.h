#pragma once
// One target step in detail, opened by clicking its heatmap row or by
// stepping through the decoding: the attention vector over the source
// tokens as bars, the source words the step's context is mostly made of,
// and the decoder's best alternatives for that step with their
// probabilities. Where the pane can decode again, each alternative is a
// link and any other word can be typed: "what if the decoder had chosen
// this word here?"

#include "alignment/Alignment.h"

#include <QWidget>

class QCustomPlot;
class QCPBars;
class QLabel;
class QLineEdit;

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
  QString contextText() const;
  QLineEdit* otherWord() const { return other_word_; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 signals:
  void closeRequested();
  void alternativeChosen(int row, const QString& token);

 private:
  void setUpBars();
  QString describeAlternatives(const DecodeStep& step) const;
  QString describeContext(const Alignment& alignment) const;
  void chooseTypedWord();

  QLabel* heading_;
  QLabel* context_;
  QLabel* alternatives_;
  QLineEdit* other_word_;
  QCustomPlot* plot_;
  QCPBars* bars_;
  int row_ = -1;
  bool choosable_ = false;
};

}  // namespace attnviz::ui
