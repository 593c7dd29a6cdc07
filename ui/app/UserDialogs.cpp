#include "app/UserDialogs.h"

#include <QFileDialog>
#include <QMessageBox>

namespace attnviz::ui {

UserDialogs& UserDialogs::instance() {
  static UserDialogs dialogs;
  return dialogs;
}

QStringList UserDialogs::openModelFiles(QWidget* parent, const QString& folder) {
  if (has_next_files_) {
    has_next_files_ = false;
    return std::exchange(next_files_, {});
  }
  return QFileDialog::getOpenFileNames(parent, QObject::tr("Open model"), folder,
                                       QObject::tr("attnviz models (*.safetensors);;All files (*)"));
}

void UserDialogs::showError(QWidget* parent, const QString& title, const QString& message) {
  last_error_ = message;
  if (!record_only_) QMessageBox::warning(parent, title, message);
}

void UserDialogs::setNextFiles(const QStringList& files) {
  next_files_ = files;
  has_next_files_ = true;
}

void UserDialogs::setRecordOnly(bool record_only) { record_only_ = record_only; }

}  // namespace attnviz::ui
