#pragma once
// The line at the top of a pane: its title (score function and model
// name), the map list of a model with several maps, and the pane's buttons:
// every head at a glance (▦), the beam tree (⋔), step through the decoding
// (▸), raw scores (e), alignment lines (⋈), and ✕ on a matrix from a file.
// It only shows and reports; the pane decides what each button does.

#include <QWidget>

class QLabel;
class QToolButton;

namespace attnviz::ui {

class PaneHeader : public QWidget {
  Q_OBJECT

 public:
  // `chooser` is laid out after the title; `closable` adds the ✕.
  PaneHeader(QWidget* chooser, bool closable, QWidget* parent = nullptr);

  void setTitle(const QString& html, const QString& tip);
  void setHeadsAvailable(bool available);
  void setBeamTreeAvailable(bool available);
  // Whether raw scores can be shown, and the toggle's state.
  void setRawAvailable(bool available);
  void setRawChecked(bool raw);
  void setLinesChecked(bool lines);
  void setStepsChecked(bool steps);
  // Where the heads popup opens.
  QToolButton* headsButton() const { return heads_; }

 signals:
  void headsClicked();
  void beamTreeClicked();
  void stepsToggled(bool on);
  void rawToggled(bool raw);
  void linesToggled(bool lines);
  void closeClicked();

 private:
  QToolButton* makeButton(const QString& text, const QString& tip, const QString& name, bool checkable);

  QLabel* title_;
  QToolButton* heads_;
  QToolButton* tree_;
  QToolButton* steps_;
  QToolButton* raw_;
  QToolButton* lines_;
};

}  // namespace attnviz::ui
