#pragma once
// What an image export draws: one heatmap pane, or several models side by
// side as one picture, each pane drawn by the app's own HeatmapPlot so that
// the file shows what the screen shows.
//
// Basic usage (the CLI and the app's File > Export):
//   HeatmapPicture picture;
//   picture.setAlignments({{model.info(), alignment}}, options);
//   export_image("attention.png", picture, {.dpi = 300});

#include "export/ModelAlignment.h"
#include "view/HeatmapOptions.h"
#include "view/HeatmapPlot.h"

#include <QSize>

#include <memory>
#include <vector>

class QCPPainter;

namespace attnviz::ui {

class HeatmapPicture {
 public:
  // 8 x 8 inches per pane at 96 logical pixels per inch, as a matplotlib
  // figure of figsize=(8, 8): 2400 x 2400 pixels at 300 DPI.
  static constexpr QSize kPaneSize{768, 768};
  static constexpr int kLogicalDpi = 96;
  static constexpr int kMaxColumns = 3;  // more models wrap to another row

  explicit HeatmapPicture(QSize pane_size = kPaneSize);
  ~HeatmapPicture();

  // Reuses the panes it has, so a batch of pictures pays for them once.
  void setAlignments(const ModelAlignments& alignments, const HeatmapOptions& options = {});
  void setGold(const std::optional<GoldAlignment>& gold);

  const ModelAlignments& alignments() const { return alignments_; }
  int paneCount() const { return static_cast<int>(alignments_.size()); }
  // In logical pixels (1/96 inch).
  QSize size() const;
  QString title() const;
  QString provenance() const;

  // Draws every pane in its grid position, starting at the painter's origin.
  void paint(QCPPainter& painter);

 private:
  QPoint paneOrigin(int pane) const;
  int columns() const;

  QSize pane_size_;
  ModelAlignments alignments_;
  std::vector<std::unique_ptr<HeatmapPlot>> plots_;
};

// "additive · additive score · beam 4": what a pane's title says about its model.
QString pane_title(const ModelAlignment& item);

}  // namespace attnviz::ui
