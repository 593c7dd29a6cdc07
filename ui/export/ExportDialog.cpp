#include "export/ExportDialog.h"

#include "export/ExportOptionsDialog.h"
#include "export/ImageExporter.h"
#include "export/MatrixFiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <utility>

namespace attnviz::ui {
namespace {

constexpr int kClipboardDpi = 150;  // sharp when pasted into slides, small enough for any clipboard
constexpr int kNameWords = 8;        // of the sentence, in a proposed file name

const char* const kFolderKey = "export/folder";
const char* const kExtensionKey = "export/extension";
const char* const kDpiKey = "export/dpi";
const char* const kBackgroundKey = "export/background";
const char* const kOpenFolderKey = "export/openFolder";

QString open_filter() {
  return ExportDialog::tr("Attention matrices (*.json *.csv *.npy);;All files (*)");
}

std::filesystem::path to_path(const QString& path) { return std::filesystem::path(path.toStdString()); }

void show_error(QWidget* parent, const QString& title, const std::exception& error) {
  QMessageBox::critical(parent, title, QString::fromStdString(error.what()));
}

// Letters and digits of `text`, other runs as one hyphen: safe in a file
// name on every system.
QString slug(const QString& text) {
  QString out;
  for (const QChar c : text) {
    if (c.isLetterOrNumber()) out += c.toLower();
    else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-'))) out += QLatin1Char('-');
  }
  while (out.endsWith(QLatin1Char('-'))) out.chop(1);
  return out;
}

FigureBackground read_background(const QSettings& settings) {
  const int value = settings.value(kBackgroundKey, 0).toInt();
  return value >= 0 && value <= static_cast<int>(FigureBackground::Transparent) ? static_cast<FigureBackground>(value)
                                                                                : FigureBackground::Light;
}

}  // namespace

QString ExportDialog::describe(const ModelAlignments& panes) {
  if (panes.size() == 1) return tr("the pane “%1”").arg(pane_title(panes.front()));
  QStringList names;
  for (const ModelAlignment& pane : panes) names << QString::fromStdString(pane.model.name);
  return tr("the grid of %n pane(s): %1", nullptr, static_cast<int>(panes.size())).arg(names.join(QStringLiteral(", ")));
}

QString ExportDialog::proposedName(const ModelAlignments& panes) {
  QStringList words;
  const auto& tokens = panes.front().alignment.source_tokens;
  for (size_t i = 0; i < tokens.size() && words.size() < kNameWords; ++i) {
    const QString word = slug(QString::fromStdString(tokens[i]));
    if (!word.isEmpty() && tokens[i] != "</s>") words << word;
  }
  const QString model = panes.size() == 1 ? slug(QString::fromStdString(panes.front().model.name)) : QStringLiteral("grid");
  return words.isEmpty() ? model : words.join(QLatin1Char('-')) + QLatin1Char('_') + model;
}

// What the dialog starts from: the last folder, format, DPI and background.
ExportChoice ExportDialog::remembered(const ModelAlignments& panes) {
  const QSettings settings;
  const QString folder = settings.value(kFolderKey, QDir::homePath()).toString();
  const QString extension = settings.value(kExtensionKey, QStringLiteral(".png")).toString();
  return {QDir(folder).filePath(proposedName(panes) + extension), settings.value(kDpiKey, 300).toInt(),
          read_background(settings)};
}

void ExportDialog::remember(const ExportChoice& choice) {
  QSettings settings;
  const QFileInfo file(choice.path);
  settings.setValue(kFolderKey, file.absolutePath());
  settings.setValue(kExtensionKey, QLatin1Char('.') + file.suffix());
  settings.setValue(kDpiKey, choice.dpi);
  settings.setValue(kBackgroundKey, static_cast<int>(choice.background));
}

std::optional<ExportChoice> ExportDialog::ask(QWidget* parent, const ModelAlignments& panes) {
  ExportChoice choice = remembered(panes);
  if (!next_file_name_.isEmpty()) {
    choice.path = std::exchange(next_file_name_, QString());
    if (next_dpi_ > 0) choice.dpi = std::exchange(next_dpi_, 0);
    if (next_background_) choice.background = *std::exchange(next_background_, std::nullopt);
  } else {
    ExportOptionsDialog dialog(describe(panes), choice, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.choice().path.isEmpty()) return std::nullopt;
    choice = dialog.choice();
  }
  remember(choice);
  return choice;
}

void ExportDialog::compose(HeatmapPicture& picture, const ModelAlignments& panes, const HeatmapOptions& options,
                           const std::optional<GoldAlignment>& gold, FigureBackground background) {
  picture.setBackground(background);
  picture.setAlignments(panes, options);
  picture.setGold(gold);
}

void ExportDialog::write(const ExportChoice& choice, const ModelAlignments& panes, const HeatmapOptions& options,
                         const std::optional<GoldAlignment>& gold, int max_columns) {
  if (matrix_format_of(to_path(choice.path))) return write_matrix_file(to_path(choice.path), panes);
  HeatmapPicture picture;
  picture.setMaxColumns(max_columns);
  compose(picture, panes, options, gold, choice.background);
  export_image(to_path(choice.path), picture, {.dpi = choice.dpi});
}

QString ExportDialog::exportPicture(QWidget* parent, const ModelAlignments& panes, const HeatmapOptions& options,
                                    const std::optional<GoldAlignment>& gold, int max_columns) {
  const std::optional<ExportChoice> choice = ask(parent, panes);
  if (!choice) return {};
  try {
    write(*choice, panes, options, gold, max_columns);
    return choice->path;
  } catch (const std::exception& error) {
    show_error(parent, tr("Export failed"), error);
    return {};
  }
}

void ExportDialog::copyPicture(const ModelAlignments& panes, const HeatmapOptions& options,
                               const std::optional<GoldAlignment>& gold) {
  HeatmapPicture picture;
  compose(picture, panes, options, gold, read_background(QSettings()));
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
