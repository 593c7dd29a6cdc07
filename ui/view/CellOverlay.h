#pragma once
// Everything a heatmap draws on top of its cells, painted over the plot's
// buffer (TopLayerable) so that a hover repaints no cell: printed values, the argmax outline, gold
// links, the hovered row and column, the keyboard's current cell, a mark
// above each source word the vocabulary does not know, and a what-if's
// marks: veiled rows after a step, hatched masked words, pinned cells and
// a bar beside each changed step; a local model's window on every row.

#include "alignment/Alignment.h"
#include "alignment/GoldAlignment.h"
#include "view/TopLayerable.h"

#include <qcustomplot.h>

#include <functional>
#include <vector>

namespace attnviz::ui {

struct Cell {
  int row = -1;  // target step
  int col = -1;  // source token
  bool valid() const { return row >= 0 && col >= 0; }
  bool operator==(const Cell&) const = default;
};

// What a pane marks on the cells beyond the data (issue 16, "what if").
struct CellMarks {
  int revealed_rows = -1;            // step-through: rows from this one on are veiled; -1 shows all
  int step_row = -1;                 // step-through: the step shown, outlined
  std::vector<int> hatched_columns;  // source words masked out of the attention
  std::vector<Cell> pinned;          // steps whose attention was pinned to one word
  std::vector<bool> changed_rows;    // a what-if branch: steps whose token differs from the model's own
};

struct CellAnnotations {
  const RowMatrix* values = nullptr;          // what the cells show; printed when `decimals` >= 0
  int decimals = -1;
  std::function<QColor(const Cell&)> cell_color;  // to pick readable text over each cell
  std::vector<int> argmax;                    // one column per row; empty draws no outline
  GoldAlignment gold;                         // (source, target) word links
  std::vector<bool> unknown_columns;          // source words read as <unk>
  Cell highlight;                             // hovered here or in another pane
  Cell current;                               // the keyboard's cell
  std::vector<WindowSpan> window_spans;       // local attention: each row's window (window_spans()); empty: none
  std::vector<float> window_centres;          // its p_t per row, drawn inside the band
  CellMarks marks;
};

class CellOverlay : public TopLayerable {
  Q_OBJECT

 public:
  CellOverlay(QCustomPlot* plot, QCPLayer* layer, QCPAxis* key_axis, QCPAxis* value_axis);

  CellAnnotations& annotations() { return annotations_; }
  // Room above the cells for the unknown-word marks, inside the tick padding.
  static constexpr int kMarkerSpace = 7;

 protected:
  void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
  QRect clipRect() const override;
  void draw(QCPPainter* painter) override;

 private:
  QRectF cellRect(int row, int col) const;
  QRectF bandRect(const Cell& from, const Cell& to) const;
  void drawValues(QCPPainter* painter) const;
  void drawArgmax(QCPPainter* painter) const;
  void drawGold(QCPPainter* painter) const;
  void drawLinks(QCPPainter* painter, const std::vector<Link>& links, const QPen& pen) const;
  void drawHighlight(QCPPainter* painter) const;
  void drawCurrent(QCPPainter* painter) const;
  void drawUnknownMarks(QCPPainter* painter) const;
  void drawVeil(QCPPainter* painter) const;
  void drawHatching(QCPPainter* painter) const;
  void drawWindow(QCPPainter* painter) const;
  QPolygonF windowEdge(bool right) const;
  void drawPins(QCPPainter* painter) const;
  void drawChangedRows(QCPPainter* painter) const;
  int rows() const;
  int cols() const;

  QCPAxis* key_axis_;
  QCPAxis* value_axis_;
  CellAnnotations annotations_;
};

}  // namespace attnviz::ui
