#pragma once
// Lets the window's shortcuts through a text field that has the focus.
// QLineEdit claims every key it has a binding for, including the Emacs
// aliases of keys it also has on their own (Ctrl+E = End, Ctrl+K = delete
// to the end), so View > Hide </s> and the like did nothing while the user
// was typing. A field keeps only what editing text needs (copy, cut,
// paste, undo, redo, select all); any other key a window action holds goes
// to the window, including actions added later.

#include <QObject>

class QLineEdit;
class QWidget;

namespace attnviz::ui {

class WindowKeys : public QObject {
  Q_OBJECT

 public:
  // Watches `field` on behalf of `window`'s actions.
  static void install(QLineEdit* field, QWidget* window);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  WindowKeys(QLineEdit* field, QWidget* window);
  bool isWindowShortcut(const QKeySequence& keys) const;

  QWidget* window_;
};

}  // namespace attnviz::ui
