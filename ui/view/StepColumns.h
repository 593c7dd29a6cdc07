#pragma once
// Step scores beside the heatmap's rows, as Inseq shows them: for each
// target step, the probability the decoder gave the chosen token (p) and the
// entropy of the step's attention row (H), as two narrow shaded columns
// that scroll and zoom with the rows they belong to. Low probability or
// high entropy stand out at once.

#include <qcustomplot.h>

#include <QGlyphRun>
#include <QHash>
#include <QList>

#include <vector>

namespace attnviz::ui {

struct StepMetrics {
  std::vector<double> probabilities;  // one per row; empty for a matrix read from a file
  std::vector<double> entropies;      // nats, one per row
  double max_entropy = 1;             // of the uniform row: the top of the H shading
  bool empty() const { return entropies.empty(); }
};

class StepColumns : public QCPLayoutElement {
  Q_OBJECT

 public:
  // Rows follow `rows` (the heatmap's target axis).
  StepColumns(QCustomPlot* plot, QCPAxis* rows);

  void setMetrics(StepMetrics metrics);
  void setGradient(const QCPColorGradient& gradient);
  void setTextColor(const QColor& color) { text_color_ = color; }
  const StepMetrics& metrics() const { return metrics_; }
  // "step 3: p(y) 0.93 · H 0.12 nats" for a pixel on a column, else empty.
  QString toolTipAt(const QPointF& pixel) const;

 protected:
  void draw(QCPPainter* painter) override;
  void applyDefaultAntialiasingHint(QCPPainter* painter) const override;

 private:
  int rowAt(double y) const;
  QRectF columnRect(int column) const;
  void drawColumn(QCPPainter* painter, int column, const std::vector<double>& values, double top) const;
  void drawValue(QCPPainter* painter, const QRectF& cell, double value) const;

  QCPAxis* rows_;
  StepMetrics metrics_;
  QCPColorGradient gradient_;
  QColor text_color_;
  // The printed values ("0.93") laid out once per font: they repeat from
  // row to row and frame to frame, and layout was most of a column's cost.
  // Glyph runs take the pen of each draw (a QStaticText keeps the colour
  // it was first drawn in, black or white by the cell).
  struct LaidOutValue {
    QList<QGlyphRun> glyphs;
    QSizeF size;
  };
  const LaidOutValue& laidOut(const QString& text, const QFont& font) const;
  mutable QHash<QString, LaidOutValue> value_texts_;
  mutable QFont value_font_;
};

}  // namespace attnviz::ui
