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

#include <QColor>
#include <QSize>

#include <memory>
#include <vector>

class QCPPainter;

namespace attnviz::ui {

// What a figure is drawn on. Light by default whatever the app's theme:
// papers and slides are white. Transparent keeps dark labels, for a light
// page that has a colour of its own.
enum class FigureBackground { Light, Dark, Transparent };

class HeatmapPicture {
 public:
  // 8 x 8 inches per pane at 96 logical pixels per inch, as a matplotlib
  // figure of figsize=(8, 8): 2400 x 2400 pixels at 300 DPI.
  static constexpr QSize kPaneSize{768, 768};
  static constexpr int kLogicalDpi = 96;
  static constexpr int kMaxColumns = 3;  // more models wrap to another row, rows balanced (5 = 3 + 2)

  explicit HeatmapPicture(QSize pane_size = kPaneSize);
  ~HeatmapPicture();

  // Reuses the panes it has, so a batch of pictures pays for them once.
  void setAlignments(const ModelAlignments& alignments, const HeatmapOptions& options = {});
  void setGold(const std::optional<GoldAlignment>& gold);
  void setBackground(FigureBackground background);
  // At most this many panes a row (kMaxColumns unless set): a head grid
  // sets its heads, so that each layer is one row.
  void setMaxColumns(int columns);
  FigureBackground background() const { return background_; }
  // What the image is filled with before the panes are drawn.
  QColor backgroundColor() const;

  const ModelAlignments& alignments() const { return alignments_; }
  int paneCount() const { return static_cast<int>(alignments_.size()); }
  // In logical pixels (1/96 inch).
  QSize size() const;
  QString title() const;
  QString provenance() const;

  // Draws every pane in its grid position, starting at the painter's origin.
  void paint(QCPPainter& painter);
  // Where pane `pane` is drawn: rows as full as they can be, a shorter last
  // row centred, so that the figure has no empty cell.
  QPoint paneOrigin(int pane) const;

 private:
  int rowCount() const;
  int columns() const;
  int panesInRow(int row) const;
  void applyBackground(HeatmapPlot& plot) const;

  QSize pane_size_;
  FigureBackground background_ = FigureBackground::Light;
  int max_columns_ = kMaxColumns;
  ModelAlignments alignments_;
  std::vector<std::unique_ptr<HeatmapPlot>> plots_;
};

// "additive · additive score · beam 4": what a pane's title says about its model.
QString pane_title(const ModelAlignment& item);

}  // namespace attnviz::ui
