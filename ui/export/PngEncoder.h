#pragma once
// PNG encoding through libspng: Qt's own PNG writer takes longer to
// compress a 2400 x 2400 heatmap than QCustomPlot takes to draw it
// (FACTS.md), and libspng lets us choose a fast compression level and
// filter. Also records the DPI (pHYs) and text metadata (tEXt/iTXt).

#include <QImage>
#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace attnviz::ui {

struct PngText {
  std::string keyword;  // "Title", "Software", "Description", ... (Latin-1, 1-79 bytes)
  QString text;
};

// `image` in any format: RGB, or RGBA when it has an alpha channel (a
// transparent figure), 8 bits per channel.
// Throws std::runtime_error naming the libspng error.
std::string encode_png(const QImage& image, int dpi, const std::vector<PngText>& texts);

}  // namespace attnviz::ui
