#pragma once

#include "view/HeatmapOptions.h"

#include <qcustomplot.h>

namespace attnviz::ui {

// Amber marks what a model did not read (unknown words, cut input) the same
// way in the sentence field, the heatmap labels and the pane notices.
inline constexpr QRgb kUnreadColor = 0xffff9800;

// The colour gradient of a named map, from low (0) to high (1).
QCPColorGradient color_gradient(ColorMapName name);

}  // namespace attnviz::ui
