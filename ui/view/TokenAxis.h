#pragma once
// Token labels on a heatmap axis that never overlap: long tokens are
// elided, crowded top labels turn vertical, and when even that does not fit
// only every k-th label is shown (the hover tooltip still names each cell).

#include <qcustomplot.h>

#include <string>
#include <vector>

namespace attnviz::ui {

class TokenAxis {
 public:
  explicit TokenAxis(QCPAxis* axis);

  void setTokens(const std::vector<std::string>& tokens);
  // Chooses rotation and spacing for the current range and pixel size.
  void fit();

  static constexpr int kMaxLabelPixels = 110;

 private:
  double pixelsPerCell() const;
  double widestLabel() const;
  int labelStep(double label_extent) const;
  void placeLabels(int step);

  QCPAxis* axis_;
  QSharedPointer<QCPAxisTickerText> ticker_;
  QStringList labels_;
};

}  // namespace attnviz::ui
