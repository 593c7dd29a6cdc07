#include "export/ImageExporter.h"

#include "export/AtomicFile.h"
#include "export/PngEncoder.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include <stdexcept>

namespace attnviz::ui {
namespace {

constexpr int kMaxPixels = 16384;  // per side: beyond this QImage cannot allocate reliably
const char* const kSoftware = "attnviz 0.1.0";

std::string bytes_of(const QByteArray& bytes) { return std::string(bytes.constData(), static_cast<size_t>(bytes.size())); }

ImageFormat format_or_throw(const std::filesystem::path& path) {
  if (const auto format = image_format_of(path)) return *format;
  throw std::runtime_error(path.string() + ": unknown extension \"" + path.extension().string() +
                           "\"; an image is .png, .jpg, .svg or .pdf");
}

QSize pixel_size(const HeatmapPicture& picture, int dpi) {
  const double scale = static_cast<double>(dpi) / HeatmapPicture::kLogicalDpi;
  const QSize size(qRound(picture.size().width() * scale), qRound(picture.size().height() * scale));
  if (dpi < 1 || size.width() > kMaxPixels || size.height() > kMaxPixels)
    throw std::runtime_error("a " + std::to_string(dpi) + " DPI picture would be " + std::to_string(size.width()) +
                             "x" + std::to_string(size.height()) + " pixels; at most " +
                             std::to_string(kMaxPixels) + " per side are supported");
  return size;
}

std::string png_bytes(HeatmapPicture& picture, int dpi) {
  return encode_png(render_image(picture, dpi), dpi,
                    {{"Title", picture.title()}, {"Software", kSoftware}, {"Description", picture.provenance()}});
}

// JPG has no alpha: a transparent figure goes on white.
QImage opaque(const QImage& image) {
  if (!image.hasAlphaChannel()) return image;
  QImage flat(image.size(), QImage::Format_RGB32);
  flat.fill(Qt::white);
  QPainter(&flat).drawImage(0, 0, image);
  return flat;
}

std::string jpg_bytes(HeatmapPicture& picture, const ImageExportOptions& options) {
  QImage image = opaque(render_image(picture, options.dpi));
  const int dots_per_metre = qRound(options.dpi / 0.0254);
  image.setDotsPerMeterX(dots_per_metre);
  image.setDotsPerMeterY(dots_per_metre);
  image.setText(QStringLiteral("Description"), picture.title() + QStringLiteral("; ") + picture.provenance());
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  QImageWriter writer(&buffer, "jpg");
  writer.setQuality(options.jpg_quality);
  if (!writer.write(image)) throw std::runtime_error("JPG encoding failed: " + writer.errorString().toStdString());
  return bytes_of(buffer.data());
}

// SVG and PDF: drawn without pixmap caching, so that text stays text and
// lines stay lines. Not in QCustomPlot's pmVectorized mode: that renders
// the colour map into a 3x screen-sized bitmap and PNG-encodes it into the
// file (150 ms and 0.8 MB for one pane); without it the map goes in as its
// own small image, one block of pixels per cell (HeatmapPlot draws it
// without interpolation), and the file stays crisp at any zoom.
void paint_vectors(QPaintDevice& device, HeatmapPicture& picture) {
  QCPPainter painter(&device);
  painter.setMode(QCPPainter::pmNoCaching);
  picture.paint(painter);
}

std::string svg_bytes(HeatmapPicture& picture) {
  QBuffer buffer;
  QSvgGenerator svg;
  svg.setOutputDevice(&buffer);
  svg.setSize(picture.size());
  svg.setViewBox(QRect(QPoint(0, 0), picture.size()));
  svg.setResolution(HeatmapPicture::kLogicalDpi);
  svg.setTitle(picture.title());
  svg.setDescription(picture.provenance());
  paint_vectors(svg, picture);
  return bytes_of(buffer.data());
}

std::string pdf_bytes(HeatmapPicture& picture) {
  QBuffer buffer;
  buffer.open(QIODevice::WriteOnly);
  QPdfWriter pdf(&buffer);
  pdf.setResolution(HeatmapPicture::kLogicalDpi);
  pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
  pdf.setPageSize(QPageSize(QSizeF(picture.size()) / HeatmapPicture::kLogicalDpi, QPageSize::Inch,
                            QString(), QPageSize::ExactMatch));
  pdf.setTitle(picture.title());
  pdf.setCreator(QString(kSoftware) + QStringLiteral("; ") + picture.provenance());
  paint_vectors(pdf, picture);
  return bytes_of(buffer.data());
}

}  // namespace

std::optional<ImageFormat> image_format_of(const std::filesystem::path& path) {
  const QString extension = QString::fromStdString(path.extension().string()).toLower();
  if (extension == QStringLiteral(".png")) return ImageFormat::Png;
  if (extension == QStringLiteral(".jpg") || extension == QStringLiteral(".jpeg")) return ImageFormat::Jpg;
  if (extension == QStringLiteral(".svg")) return ImageFormat::Svg;
  if (extension == QStringLiteral(".pdf")) return ImageFormat::Pdf;
  return std::nullopt;
}

void export_image(const std::filesystem::path& path, HeatmapPicture& picture, const ImageExportOptions& options) {
  const ImageFormat format = format_or_throw(path);
  AtomicFile file(path);  // fails early, before drawing, when the folder cannot hold it
  switch (format) {
    case ImageFormat::Png: file.stream() << png_bytes(picture, options.dpi); break;
    case ImageFormat::Jpg: file.stream() << jpg_bytes(picture, options); break;
    case ImageFormat::Svg: file.stream() << svg_bytes(picture); break;
    case ImageFormat::Pdf: file.stream() << pdf_bytes(picture); break;
  }
  file.commit();
}

QImage render_image(HeatmapPicture& picture, int dpi) {
  const bool transparent = picture.backgroundColor().alpha() < 255;
  QImage image(pixel_size(picture, dpi), transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
  image.fill(Qt::transparent);  // the picture paints its own background
  QCPPainter painter(&image);
  painter.setMode(QCPPainter::pmNoCaching);
  painter.setMode(QCPPainter::pmNonCosmetic);  // lines scale with the DPI like everything else
  painter.scale(static_cast<double>(dpi) / HeatmapPicture::kLogicalDpi,
                static_cast<double>(dpi) / HeatmapPicture::kLogicalDpi);
  picture.paint(painter);
  return image;
}

void copy_image_to_clipboard(HeatmapPicture& picture, int dpi) {
  QGuiApplication::clipboard()->setImage(render_image(picture, dpi));
}

}  // namespace attnviz::ui
