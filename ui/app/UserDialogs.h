#pragma once
// The modal dialogs the main window opens, behind one seam so that tests
// drive the real window without a human (as KeePassXC's FileDialog does):
// a test queues the next file name and reads the last message shown.

#include <QString>
#include <QStringList>

class QWidget;

namespace attnviz::ui {

class UserDialogs {
 public:
  static UserDialogs& instance();

  QStringList openModelFiles(QWidget* parent, const QString& folder);
  void showError(QWidget* parent, const QString& title, const QString& message);

  // For tests: answer the next file dialog with `files` instead of asking,
  // and record messages instead of showing them.
  void setNextFiles(const QStringList& files);
  void setRecordOnly(bool record_only);
  QString lastError() const { return last_error_; }
  void clearLastError() { last_error_.clear(); }

 private:
  UserDialogs() = default;

  QStringList next_files_;
  bool has_next_files_ = false;
  bool record_only_ = false;
  QString last_error_;
};

}  // namespace attnviz::ui
