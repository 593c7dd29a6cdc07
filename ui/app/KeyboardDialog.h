#pragma once
// Help > Keyboard: every key. The menu keys are read from the window's
// menus, so the list is complete whatever action is added; the keys a
// focused heatmap handles itself are listed here.

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace attnviz::ui {

class KeyboardDialog : public QDialog {
  Q_OBJECT

 public:
  KeyboardDialog(const QMenuBar* menus, QWidget* parent = nullptr);

  QTreeWidget* table() const { return table_; }

 private:
  void addMenuKeys(const QMenuBar* menus);
  void addHeatmapKeys();

  QTreeWidget* table_;
};

}  // namespace attnviz::ui
