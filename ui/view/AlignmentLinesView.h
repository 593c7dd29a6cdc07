#pragma once
// The bipartite view of an attention map: source tokens in a row above the
// target tokens, one line per pair whose opacity follows the weight, the
// way alignment papers draw word links. Shows the same data as the heatmap.
// Given a focused map (alignment/MapFocus.h) the rows are the map's rows:
// for self-attention the same sentence on both sides.

#include "alignment/Alignment.h"

#include <QWidget>

namespace attnviz::ui {

class AlignmentLinesView : public QWidget {
  Q_OBJECT

 public:
  explicit AlignmentLinesView(QWidget* parent = nullptr);

  void setAlignment(const Alignment& alignment);
  QSize sizeHint() const override { return {400, 220}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  // Centres of the token labels along one row, spread over the width.
  std::vector<QPointF> tokenCentres(size_t count, double y) const;
  void drawTokens(QPainter& painter, const std::vector<std::string>& tokens,
                  const std::vector<QPointF>& centres) const;

  Alignment alignment_;
};

}  // namespace attnviz::ui
