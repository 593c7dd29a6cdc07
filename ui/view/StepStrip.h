#pragma once
// Step scores under a heatmap, as Inseq shows them: for each target step,
// the probability the decoder gave the chosen token and the entropy of the
// step's attention row. Low probability or high entropy stand out at once.

#include "alignment/Alignment.h"

#include <QWidget>

#include <vector>

namespace attnviz::ui {

class StepStrip : public QWidget {
  Q_OBJECT

 public:
  explicit StepStrip(QWidget* parent = nullptr);

  // `entropies` are the attention rows' entropies in nats, one per step.
  void setSteps(const Alignment& alignment, std::vector<double> entropies);
  void clear();
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  void drawRowLabels(QPainter& painter, int label_width) const;
  void drawStep(QPainter& painter, int step, const QRectF& column) const;

  std::vector<QString> tokens_;
  std::vector<float> probabilities_;
  std::vector<double> entropies_;
  double max_entropy_ = 1;
};

}  // namespace attnviz::ui
