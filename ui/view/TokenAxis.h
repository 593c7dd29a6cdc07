#pragma once
// Token labels on a heatmap axis that never overlap: long tokens are
// elided, crowded top labels turn vertical, then the labels shrink down to
// a smallest readable size, and only when even that does not fit is every
// k-th label shown (the hover tooltip still names each cell).

#include <qcustomplot.h>

#include <string>
#include <vector>

namespace attnviz::ui {

class TokenAxis {
 public:
  explicit TokenAxis(QCPAxis* axis);

  void setTokens(const std::vector<std::string>& tokens);
  // Chooses rotation, label size and spacing for the current range and
  // pixel size.
  void fit();
  // The whole token whose label is under `pixel` (labels may be elided).
  QString toolTipAt(const QPointF& pixel) const;

  static constexpr int kMaxLabelPixels = 110;
  // Below this, labels stop shrinking and are thinned instead.
  static constexpr double kSmallestPointSize = 6.5;

 private:
  double pixelsPerCell() const;
  QFont fontOfSize(double point_size) const;
  double largestFittingSize(double cell) const;
  int labelStep(double label_extent) const;
  QStringList elided(double point_size) const;
  void useSize(double point_size);
  void placeLabels(int step);

  QCPAxis* axis_;
  QSharedPointer<QCPAxisTickerText> ticker_;
  double base_point_size_;
  std::vector<QString> tokens_;
  // The labels at full size and their widest, kept for every layout pass.
  QStringList base_labels_;
  int base_widest_ = 0;
  double label_point_size_ = 0;
  QStringList labels_;
};

}  // namespace attnviz::ui
