#pragma once
// The export dialog itself: says what is exported (which pane, or the
// grid), proposes a file name, and asks for the background and, for PNG
// and JPG, the resolution. The file dialog opens from its Browse button.

#include "export/HeatmapPicture.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace attnviz::ui {

struct ExportChoice {
  QString path;
  int dpi = 300;  // PNG and JPG
  FigureBackground background = FigureBackground::Light;
};

class ExportOptionsDialog : public QDialog {
  Q_OBJECT

 public:
  // `what` names the panes ("the pane “additive”"); `initial` holds the
  // proposed path and the remembered resolution and background.
  ExportOptionsDialog(const QString& what, const ExportChoice& initial, QWidget* parent);

  ExportChoice choice() const;

 private:
  QComboBox* makeBackgroundChoice(FigureBackground initial);
  void browse();
  void enableDpi();

  QLineEdit* path_;
  QComboBox* background_;
  QSpinBox* dpi_;
};

// The save dialog's filters, one per format, images first.
QStringList export_filters();
// "PNG image (*.png)" -> ".png".
QString extension_of(const QString& filter);

}  // namespace attnviz::ui
