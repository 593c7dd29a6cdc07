// The ImageWriter of a CLI built with the UI: a QApplication on the
// offscreen platform when there is no display, and one HeatmapPicture
// reused for every picture of a batch.
#include "Commands.h"
#include "ImageWriter.h"

#include "export/HeatmapPicture.h"
#include "export/ImageExporter.h"
#include "view/HeatmapOptions.h"

#include <QApplication>

#include <cstdlib>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

namespace attnviz::cli {
namespace {

ui::HeatmapOptions heatmap_options(const std::string& colormap) {
  const auto name = ui::parse_color_map(QString::fromStdString(colormap));
  if (!name)
    throw UsageError("--colormap \"" + colormap + "\" is not one of " +
                     ui::color_map_names().join(QStringLiteral(", ")).toStdString());
  ui::HeatmapOptions options;
  options.color_map = *name;
  return options;
}

// Without a display, Qt would abort trying to reach one.
void choose_offscreen_without_display() {
  const bool display = std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY");
  if (!display && !std::getenv("QT_QPA_PLATFORM")) ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
}

// A script or CI job often has no session folder; Qt would then warn on
// stderr for every export. A private folder of our own keeps stderr for
// real errors.
void provide_runtime_folder() {
  if (std::getenv("XDG_RUNTIME_DIR")) return;
  const std::string folder = "/tmp/attnviz-runtime-" + std::to_string(::getuid());
  ::mkdir(folder.c_str(), 0700);
  struct stat info {};
  if (::stat(folder.c_str(), &info) == 0 && info.st_uid == ::getuid() && (info.st_mode & 0777) == 0700)
    ::setenv("XDG_RUNTIME_DIR", folder.c_str(), 1);
}

std::unique_ptr<QApplication> start_qt() {
  static int argc = 1;
  static char name[] = "attnviz-cli";
  static char* argv[] = {name, nullptr};
  choose_offscreen_without_display();
  provide_runtime_folder();
  return std::make_unique<QApplication>(argc, argv);
}

class QtImageWriter : public ImageWriter {
 public:
  explicit QtImageWriter(const ImageSettings& settings)
      : options_(heatmap_options(settings.colormap)), dpi_(settings.dpi), app_(start_qt()) {}

  void write(const std::filesystem::path& path, const ModelAlignments& alignments, int columns) override {
    picture_.setMaxColumns(columns > 0 ? columns : ui::HeatmapPicture::kMaxColumns);
    picture_.setAlignments(alignments, options_);
    ui::export_image(path, picture_, {.dpi = dpi_});
  }

 private:
  ui::HeatmapOptions options_;
  int dpi_;
  std::unique_ptr<QApplication> app_;  // before picture_: its widgets need the application
  ui::HeatmapPicture picture_;
};

}  // namespace

std::unique_ptr<ImageWriter> make_image_writer(const ImageSettings& settings) {
  return std::make_unique<QtImageWriter>(settings);
}

}  // namespace attnviz::cli
