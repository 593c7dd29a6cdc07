#pragma once
// Pictures for `attnviz-cli export`. Drawing uses the app's HeatmapPlot and
// so needs Qt: the CLI links the real writer (images/QtImageWriter.cpp)
// when built with ATTNVIZ_BUILD_UI, and otherwise one that explains why it
// cannot draw (images/NoImageWriter.cpp). Only `export` creates a writer,
// so no other subcommand starts Qt.

#include "export/ModelAlignment.h"

#include <filesystem>
#include <memory>
#include <string>

namespace attnviz::cli {

struct ImageSettings {
  int dpi = 300;                    // PNG and JPG
  std::string colormap = "viridis";
};

class ImageWriter {
 public:
  virtual ~ImageWriter() = default;
  // One picture: a single pane, or the side-by-side grid of every model, at
  // most `columns` panes a row (0: the picture's own choice).
  virtual void write(const std::filesystem::path& path, const ModelAlignments& alignments, int columns) = 0;
};

// Throws UsageError for an unknown colour map or a CLI built without Qt.
std::unique_ptr<ImageWriter> make_image_writer(const ImageSettings& settings);

}  // namespace attnviz::cli
