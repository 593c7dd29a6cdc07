#include "export/ExportOptionsDialog.h"

#include "export/ImageExporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace attnviz::ui {

QStringList export_filters() {
  return {ExportOptionsDialog::tr("PNG image (*.png)"), ExportOptionsDialog::tr("SVG vector image (*.svg)"),
          ExportOptionsDialog::tr("PDF document (*.pdf)"), ExportOptionsDialog::tr("JPEG image (*.jpg *.jpeg)"),
          ExportOptionsDialog::tr("CSV matrix (*.csv)"), ExportOptionsDialog::tr("JSON matrix (*.json)"),
          ExportOptionsDialog::tr("NumPy matrix (*.npy)")};
}

QString extension_of(const QString& filter) {
  const qsizetype star = filter.indexOf(QLatin1String("*."));
  return filter.mid(star + 1, filter.indexOf(QRegularExpression(QStringLiteral("[ )]")), star) - star - 1);
}

ExportOptionsDialog::ExportOptionsDialog(const QString& what, const ExportChoice& initial, QWidget* parent)
    : QDialog(parent), path_(new QLineEdit(initial.path, this)), background_(makeBackgroundChoice(initial.background)),
      dpi_(new QSpinBox(this)) {
  setWindowTitle(tr("Export"));
  auto* heading = new QLabel(tr("Exports %1.").arg(what.toHtmlEscaped()), this);
  heading->setObjectName(QStringLiteral("exported"));
  heading->setWordWrap(true);
  path_->setObjectName(QStringLiteral("exportPath"));
  path_->setMinimumWidth(420);
  auto* browse = new QPushButton(tr("&Browse…"), this);
  connect(browse, &QPushButton::clicked, this, &ExportOptionsDialog::browse);
  auto* file_row = new QHBoxLayout;
  file_row->addWidget(path_, 1);
  file_row->addWidget(browse);
  dpi_->setRange(50, 1200);
  dpi_->setSingleStep(50);
  dpi_->setValue(initial.dpi);
  dpi_->setSuffix(tr(" dpi"));
  dpi_->setToolTip(tr("PNG and JPG only; 300 is crisp in print. SVG and PDF are vectors."));
  connect(path_, &QLineEdit::textChanged, this, &ExportOptionsDialog::enableDpi);
  enableDpi();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* form = new QFormLayout(this);
  form->addRow(heading);
  form->addRow(tr("&File"), file_row);
  form->addRow(tr("B&ackground"), background_);
  form->addRow(tr("&Resolution"), dpi_);
  form->addRow(buttons);
}

QComboBox* ExportOptionsDialog::makeBackgroundChoice(FigureBackground initial) {
  auto* box = new QComboBox(this);
  box->addItem(tr("Light (white, for papers and slides)"), static_cast<int>(FigureBackground::Light));
  box->addItem(tr("Dark (as the app's dark theme)"), static_cast<int>(FigureBackground::Dark));
  box->addItem(tr("Transparent (dark labels)"), static_cast<int>(FigureBackground::Transparent));
  box->setCurrentIndex(box->findData(static_cast<int>(initial)));
  return box;
}

ExportChoice ExportOptionsDialog::choice() const {
  return {path_->text(), dpi_->value(), static_cast<FigureBackground>(background_->currentData().toInt())};
}

void ExportOptionsDialog::enableDpi() {
  const auto format = image_format_of(path_->text().toStdString());
  dpi_->setEnabled(format == ImageFormat::Png || format == ImageFormat::Jpg);
}

void ExportOptionsDialog::browse() {
  const QString suffix = QFileInfo(path_->text()).suffix().toLower();
  QString filter = export_filters().front();
  for (const QString& candidate : export_filters()) {
    if (candidate.contains(QStringLiteral("*.") + suffix)) filter = candidate;
  }
  const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), path_->text(),
                                                    export_filters().join(QStringLiteral(";;")), &filter);
  if (path.isEmpty()) return;
  path_->setText(QFileInfo(path).suffix().isEmpty() ? path + extension_of(filter) : path);
}

}  // namespace attnviz::ui
