#pragma once
// What the main window's File menu calls for export and import: the export
// dialog (which pane, file name proposed from the sentence and model,
// background, DPI; the last folder, format, DPI and background remembered
// in QSettings group "export"), the export itself, and a message box
// naming the problem when it fails. The window passes what its panes show;
// nothing here reaches into the window.
//
//   File > Export pane...     ExportDialog::exportPicture(this, {current pane}, options, gold)
//   File > Export grid...     ExportDialog::exportPicture(this, every pane, options, gold)
//   Heads popup > Export      ExportDialog::exportPicture(this, every head, options, gold, heads a row)
//   Edit > Copy image         ExportDialog::copyPicture(every pane, options, gold): the same picture
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

struct ExportChoice;

class ExportDialog {
  Q_DECLARE_TR_FUNCTIONS(ExportDialog)

 public:
  // Returns the path written, or an empty string when the user cancelled
  // or the export failed (after a message box saying why). `max_columns`:
  // panes a row in an image (HeatmapPicture::setMaxColumns).
  static QString exportPicture(QWidget* parent, const ModelAlignments& panes, const HeatmapOptions& options,
                               const std::optional<GoldAlignment>& gold = std::nullopt,
                               int max_columns = HeatmapPicture::kMaxColumns);
  // The picture Export draws, on the background last chosen there.
  static void copyPicture(const ModelAlignments& panes, const HeatmapOptions& options,
                          const std::optional<GoldAlignment>& gold = std::nullopt);
  // The .json, .csv or .npy files chosen to open, or none when cancelled.
  // The window reads them, so that a dropped file takes the same path.
  static QStringList askMatrixFiles(QWidget* parent);

  // What the dialog says it exports: "the pane “additive”", or the grid.
  static QString describe(const ModelAlignments& panes);
  // "the-old-farmer-saw-the-red-car_additive": the sentence's first words
  // and the model, or "grid" for several panes; no extension.
  static QString proposedName(const ModelAlignments& panes);

  // Seams for tests: the next export takes these instead of asking.
  static void setNextFileName(const QString& path) { next_file_name_ = path; }
  static void setNextDpi(int dpi) { next_dpi_ = dpi; }
  static void setNextBackground(FigureBackground background) { next_background_ = background; }

 private:
  static std::optional<ExportChoice> ask(QWidget* parent, const ModelAlignments& panes);
  static ExportChoice remembered(const ModelAlignments& panes);
  static void remember(const ExportChoice& choice);
  static void compose(HeatmapPicture& picture, const ModelAlignments& panes, const HeatmapOptions& options,
                      const std::optional<GoldAlignment>& gold, FigureBackground background);
  static void write(const ExportChoice& choice, const ModelAlignments& panes, const HeatmapOptions& options,
                    const std::optional<GoldAlignment>& gold, int max_columns);

  static inline QString next_file_name_;
  static inline int next_dpi_ = 0;
  static inline std::optional<FigureBackground> next_background_;
};

}  // namespace attnviz::ui
