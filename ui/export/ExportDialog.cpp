#include "export/ExportDialog.h"

#include "export/ImageExporter.h"
#include "export/MatrixFiles.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>

#include <utility>

namespace attnviz::ui {
namespace {

constexpr int kClipboardDpi = 150;  // sharp when pasted into slides, small enough for any clipboard

const char* const kFolderKey = "export/folder";
const char* const kFilterKey = "export/filter";
const char* const kDpiKey = "export/dpi";
const char* const kOpenFolderKey = "export/openFolder";

QStringList save_filters() {
  return {ExportDialog::tr("PNG image (*.png)"), ExportDialog::tr("SVG vector image (*.svg)"),
          ExportDialog::tr("PDF document (*.pdf)"), ExportDialog::tr("JPEG image (*.jpg *.jpeg)"),
          ExportDialog::tr("CSV matrix (*.csv)"), ExportDialog::tr("JSON matrix (*.json)"),
          ExportDialog::tr("NumPy matrix (*.npy)")};
}

QString open_filter() {
  return ExportDialog::tr("Attention matrices (*.json *.csv *.npy);;All files (*)");
}

// "PNG image (*.png)" -> ".png": added when the typed name has no extension.
QString extension_of(const QString& filter) {
  const qsizetype star = filter.indexOf(QLatin1String("*."));
  return filter.mid(star + 1, filter.indexOf(QRegularExpression(QStringLiteral("[ )]")), star) - star - 1);
}

QString with_extension(const QString& path, const QString& filter) {
  return QFileInfo(path).suffix().isEmpty() ? path + extension_of(filter) : path;
}

std::filesystem::path to_path(const QString& path) { return std::filesystem::path(path.toStdString()); }

void show_error(QWidget* parent, const QString& title, const std::exception& error) {
  QMessageBox::critical(parent, title, QString::fromStdString(error.what()));
}

}  // namespace

QString ExportDialog::askFileName(QWidget* parent) {
  if (!next_file_name_.isEmpty()) return std::exchange(next_file_name_, QString());
  QSettings settings;
  QString filter = settings.value(kFilterKey, save_filters().front()).toString();
  const QString path = QFileDialog::getSaveFileName(parent, tr("Export"), settings.value(kFolderKey).toString(),
                                                    save_filters().join(QStringLiteral(";;")), &filter);
  if (path.isEmpty()) return path;
  settings.setValue(kFilterKey, filter);
  return with_extension(path, filter);
}

std::optional<int> ExportDialog::askDpi(QWidget* parent) {
  if (next_dpi_ > 0) return std::exchange(next_dpi_, 0);
  QSettings settings;
  bool ok = false;
  const int dpi = QInputDialog::getInt(parent, tr("Export"), tr("Resolution (dots per inch; 300 is crisp in print):"),
                                       settings.value(kDpiKey, 300).toInt(), 50, 1200, 50, &ok);
  if (!ok) return std::nullopt;
  settings.setValue(kDpiKey, dpi);
  return dpi;
}

void ExportDialog::write(const QString& path, const ModelAlignments& panes, const HeatmapOptions& options,
                         const std::optional<GoldAlignment>& gold, int dpi) {
  if (matrix_format_of(to_path(path))) return write_matrix_file(to_path(path), panes);
  HeatmapPicture picture;
  picture.setAlignments(panes, options);
  picture.setGold(gold);
  export_image(to_path(path), picture, {.dpi = dpi});
}

QString ExportDialog::exportPicture(QWidget* parent, const ModelAlignments& panes, const HeatmapOptions& options,
                                    const std::optional<GoldAlignment>& gold) {
  const QString path = askFileName(parent);
  if (path.isEmpty()) return path;
  const auto format = image_format_of(to_path(path));
  const std::optional<int> dpi = format == ImageFormat::Png || format == ImageFormat::Jpg ? askDpi(parent) : 300;
  if (!dpi) return {};
  QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
  try {
    write(path, panes, options, gold, *dpi);
    return path;
  } catch (const std::exception& error) {
    show_error(parent, tr("Export failed"), error);
    return {};
  }
}

void ExportDialog::copyPicture(const ModelAlignments& panes, const HeatmapOptions& options) {
  HeatmapPicture picture;
  picture.setAlignments(panes, options);
  copy_image_to_clipboard(picture, kClipboardDpi);
}

QStringList ExportDialog::askMatrixFiles(QWidget* parent) {
  if (!next_file_name_.isEmpty()) return {std::exchange(next_file_name_, QString())};
  QSettings settings;
  const QStringList paths = QFileDialog::getOpenFileNames(parent, tr("Open attention matrix"),
                                                          settings.value(kOpenFolderKey).toString(), open_filter());
  if (!paths.isEmpty()) settings.setValue(kOpenFolderKey, QFileInfo(paths.front()).absolutePath());
  return paths;
}

}  // namespace attnviz::ui
