#pragma once

#include "view/HeatmapOptions.h"

#include <qcustomplot.h>

namespace attnviz::ui {

// Amber marks what a model did not read (unknown words, cut input) the same
// way in the sentence field, the heatmap labels and the pane notices.
inline constexpr QRgb kUnreadColor = 0xffff9800;

// The colour gradient of a named map, from low (0) to high (1).
QCPColorGradient color_gradient(ColorMapName name);
// For differences of weights: diverging, white at the middle.
QCPColorGradient diverging_gradient();
// Gives every colour map of `plot` the diverging gradient over
// [-largest, largest] (or [-1, 1] when `largest` is 0), so white is 0.
void centre_on_zero(QCustomPlot* plot, double largest);

}  // namespace attnviz::ui
