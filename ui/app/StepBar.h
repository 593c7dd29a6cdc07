#pragma once
// Walks a pane's decoding one target word at a time (issue 16): a slider
// over the steps between ◀ and ▶, and "step 3 of 9 · “rouge”". [ and ]
// step back and on from anywhere in the pane while the bar is shown.

#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QSlider;

namespace attnviz::ui {

class StepBar : public QWidget {
  Q_OBJECT

 public:
  // `keys_scope`: the widget (with its children) where [ and ] work.
  explicit StepBar(QWidget* keys_scope);

  // The steps' tokens; keeps the current step while it still exists.
  void setSteps(const std::vector<std::string>& tokens);
  int step() const;
  void setStep(int step);
  QSlider* slider() const { return slider_; }
  QString text() const;

 signals:
  void stepChanged(int step);

 private:
  void stepBy(int delta);
  void updateLabel();

  QSlider* slider_;
  QLabel* label_;
  std::vector<std::string> tokens_;
};

}  // namespace attnviz::ui
