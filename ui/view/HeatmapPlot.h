#pragma once
// One attention map of an Alignment as a heatmap: source tokens along the
// top, target tokens down the left, one square cell per pair, a colour
// scale, and a title. The app's panes and the exporter both draw with this
// class, so a saved picture is what the screen shows.
//
// Basic usage (also offscreen, QT_QPA_PLATFORM=offscreen):
//   attnviz::ui::HeatmapPlot plot;
//   plot.setAlignment(model->translate("the red car", {}));
//   plot.setTitle("additive · additive-en-fr");
//   plot.toPixmap(800, 600, 2.0);          // or toPainter / savePdf
//
// It maps numbers to cells and labels only; every statistic it shows
// (argmax, renormalised rows) comes from core/alignment.

#include "alignment/Alignment.h"
#include "alignment/GoldAlignment.h"
#include "view/CellOverlay.h"
#include "view/CellViewport.h"
#include "view/HeatmapOptions.h"
#include "view/StepColumns.h"
#include "view/TokenAxis.h"

#include <qcustomplot.h>

#include <optional>

namespace attnviz::ui {

class ZoomOverview;

class HeatmapPlot : public QCustomPlot {
  Q_OBJECT

 public:
  // The smallest cell a pane draws before it scrolls instead: a label of
  // TokenAxis::kSmallestPointSize fits beside it.
  static constexpr double kReadableCell = 14;

  explicit HeatmapPlot(QWidget* parent = nullptr);

  // While a batch is open the setters below only note that the plot must
  // be drawn again; the last batch to close draws it once. A pane showing
  // a new sentence sets gold links, alignment and title: one replot, not
  // three.
  class Batch {
   public:
    explicit Batch(HeatmapPlot& plot) : plot_(plot) { ++plot_.batches_; }
    ~Batch() { plot_.closeBatch(); }
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

   private:
    HeatmapPlot& plot_;
  };

  // `map` indexes alignment.maps (0 is the primary map).
  void setAlignment(const Alignment& alignment, int map = 0);
  void clearAlignment();
  // Gold links to outline (when options().show_gold), or none.
  void setGold(std::optional<GoldAlignment> gold);
  void setOptions(const HeatmapOptions& options);
  void setTitle(const QString& title);
  // Names the colour scale when the cells hold something other than
  // weights or scores (a difference of two maps); empty restores the default.
  void setValueLabel(const QString& label);
  // Per-step p(y) and H(α) as columns beside the rows, drawn from the next
  // replot (set them before setAlignment, which replots); none by default.
  void setStepMetrics(StepMetrics metrics);
  // Cells stop shrinking at `pixels` and scroll instead (a pane); 0, the
  // default, always shows the whole matrix (an export).
  void setMinimumCell(double pixels);

  const Alignment& alignment() const { return alignment_; }
  const HeatmapOptions& options() const { return options_; }
  QString title() const;
  bool isEmpty() const { return alignment_.rows() == 0 || alignment_.cols() == 0; }
  // The matrix the cells currently show: weights, or raw scores.
  const RowMatrix& shownValues() const;

  // A what-if's marks (veiled rows, masked columns, pins, changed steps),
  // kept until replaced; CellMarks{} clears them.
  void setMarks(CellMarks marks);
  const CellMarks& marks() const { return overlay_->annotations().marks; }
  // Marks a cell hovered in another pane; an invalid cell clears the mark.
  void setHighlight(const Cell& cell);
  Cell highlight() const { return overlay_->annotations().highlight; }
  Cell currentCell() const { return current_; }
  void setCurrentCell(const Cell& cell);

  // The cell under a pixel of this widget, or an invalid cell.
  Cell cellAt(const QPointF& pixel) const;
  QPoint cellCenter(const Cell& cell) const;
  // The pointer is over `cell` (invalid: over no cell): highlights it
  // here and, through cellHovered, in the other panes.
  void hoverCell(const Cell& cell);
  // Makes `cell` current and opens it, as a click or Return does.
  void clickCell(const Cell& cell);
  // Source word, target word, weight and raw score of a cell, and a local
  // model's window on its row.
  QString cellToolTip(const Cell& cell) const;

  // Which cells are in view and how large: zoom and pan move it.
  const CellViewport& viewport() const { return viewport_; }
  // Zooms by `factor` keeping the cell under `pixel` in place (Ctrl+wheel).
  void zoomAt(const QPointF& pixel, double factor);
  // Pans by (columns, rows) of cells.
  void scrollCells(double columns, double rows);
  void resetZoom();
  // The thumbnail's place while only part of the matrix is in view.
  QRectF overviewFrame() const;

 signals:
  void cellHovered(attnviz::ui::Cell cell);  // invalid when the pointer leaves the cells
  void cellClicked(attnviz::ui::Cell cell);
  void currentCellChanged(attnviz::ui::Cell cell);
  // A left double-click anywhere on the plot: the pane around maximises.
  void doubleClicked();

 protected:
  void updateLayout() override;
  void paintEvent(QPaintEvent* event) override;
  void draw(QCPPainter* painter) override;
  bool event(QEvent* event) override;
  void changeEvent(QEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;

 private:
  void useOpaqueBottomBuffer();
  void paintAnnotations(QCPPainter* painter);
  void setUpLayout();
  void showTitleRow(bool show);
  void applyPalette();
  void showColorMap();
  void fillColorMap();
  void updateColorScale();
  void updateAnnotations();
  void fitSquareCells();
  void updateThumbnail();
  void scrollIntoView(const Cell& cell);
  QColor cellColor(const Cell& cell) const;
  void repaintAnnotations();
  // replot(), or later if a batch is open.
  void redraw();
  void closeBatch();
  QString valueName() const;

  Alignment alignment_;
  int map_ = 0;
  HeatmapOptions options_;
  std::optional<GoldAlignment> gold_;
  QString value_label_;
  QCPTextElement* title_ = nullptr;
  QCPColorScale* scale_ = nullptr;
  CellOverlay* overlay_ = nullptr;
  StepColumns* steps_ = nullptr;
  ZoomOverview* overview_ = nullptr;
  CellViewport viewport_;
  QCPColorMap* color_map_ = nullptr;
  TokenAxis source_axis_;
  TokenAxis target_axis_;
  QSharedPointer<QCPAxisTicker> value_ticker_;
  QSharedPointer<QCPAxisTickerText> row_ticker_;
  Cell hovered_;
  Cell current_;
  int batches_ = 0;
  bool redraw_pending_ = false;
  bool thumbnail_stale_ = false;
};

}  // namespace attnviz::ui

Q_DECLARE_METATYPE(attnviz::ui::Cell)
