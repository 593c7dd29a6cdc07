#pragma once

#include "view/HeatmapOptions.h"

#include <qcustomplot.h>

namespace attnviz::ui {

// The colour gradient of a named map, from low (0) to high (1).
QCPColorGradient color_gradient(ColorMapName name);

}  // namespace attnviz::ui
