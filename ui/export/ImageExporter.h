#pragma once
// A HeatmapPicture to an image file: PNG and JPG at a chosen DPI, SVG and
// PDF as vectors (token labels stay text). Metadata carries the picture's
// title and provenance (model, score function, SHA-256, mode, beam). Every
// file goes through AtomicFile: a failed export leaves no partial file.

#include "export/HeatmapPicture.h"

#include <QImage>
#include <QString>

#include <filesystem>
#include <optional>

namespace attnviz::ui {

enum class ImageFormat { Png, Jpg, Svg, Pdf };

struct ImageExportOptions {
  int dpi = 300;          // PNG and JPG; 300 is crisp in print
  int jpg_quality = 92;   // 0-100
};

// By extension, ignoring case (.png, .jpg, .jpeg, .svg, .pdf).
std::optional<ImageFormat> image_format_of(const std::filesystem::path& path);

// Throws std::runtime_error with one clear line: "cannot write <path>:
// <reason>" (missing or unwritable folder, full disk) or "<path>: unknown
// extension ..." .
void export_image(const std::filesystem::path& path, HeatmapPicture& picture,
                  const ImageExportOptions& options = {});

// The picture as pixels: its logical size times dpi / 96, on its
// background (with an alpha channel when that is transparent).
QImage render_image(HeatmapPicture& picture, int dpi);
// Puts the picture on the clipboard as an image (needs a QGuiApplication).
void copy_image_to_clipboard(HeatmapPicture& picture, int dpi);

}  // namespace attnviz::ui
