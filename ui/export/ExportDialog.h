#pragma once
// What the main window's File menu calls for export and import: file
// dialogs that remember the last folder, format and DPI (QSettings group
// "export"), the export itself, and a message box naming the problem when
// it fails. The window passes what its panes show; nothing here reaches
// into the window.
//
//   File > Export pane...     ExportDialog::exportPicture(this, {current pane}, options)
//   File > Export grid...     ExportDialog::exportPicture(this, every pane, options)
//   Edit > Copy image         ExportDialog::copyPicture(every pane or current, options)
//   File > Open attention matrix...   ExportDialog::askMatrixFiles(this) -> the window reads them
//
// exportPicture writes an image (.png .svg .pdf .jpg) or the matrices
// (.csv .json .npy), by the chosen file's extension.

#include "export/HeatmapPicture.h"
#include "export/ModelAlignment.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace attnviz::ui {

class ExportDialog {
  Q_DECLARE_TR_FUNCTIONS(ExportDialog)

 public:
  // Returns the path written, or an empty string when the user cancelled
  // or the export failed (after a message box saying why).
  static QString exportPicture(QWidget* parent, const ModelAlignments& panes, const HeatmapOptions& options,
                               const std::optional<GoldAlignment>& gold = std::nullopt);
  static void copyPicture(const ModelAlignments& panes, const HeatmapOptions& options);
  // The .json, .csv or .npy files chosen to open, or none when cancelled.
  // The window reads them, so that a dropped file takes the same path.
  static QStringList askMatrixFiles(QWidget* parent);

  // Seams for tests: the next dialog returns these instead of asking.
  static void setNextFileName(const QString& path) { next_file_name_ = path; }
  static void setNextDpi(int dpi) { next_dpi_ = dpi; }

 private:
  static QString askFileName(QWidget* parent);
  static std::optional<int> askDpi(QWidget* parent);
  static void write(const QString& path, const ModelAlignments& panes, const HeatmapOptions& options,
                    const std::optional<GoldAlignment>& gold, int dpi);

  static inline QString next_file_name_;
  static inline int next_dpi_ = 0;
};

}  // namespace attnviz::ui
