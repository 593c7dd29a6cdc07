#pragma once
// Opening files into panes: File > Open model, Open attention matrix, Open
// recent, and files dropped on the window. A file is read whole before
// anything changes: a rejected one shows the reader's message and opens
// nothing.

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <exception>

class QMenu;
class QWidget;
class QStatusBar;

namespace attnviz::ui {

class ModelPane;
class PaneGrid;
struct SavedState;

class FileActions : public QObject {
  Q_OBJECT

 public:
  FileActions(QWidget* window, PaneGrid* grid, SavedState& state, QStatusBar* status);

  // Adds Open model, Open attention matrix and Open recent to `file`.
  void addOpenActions(QMenu* file);
  // Adds a pane per model file. Returns how many opened.
  int openModels(const QStringList& paths);
  // Adds a pane per matrix in each .json, .csv or .npy file, fixed whatever
  // the sentence. Returns how many panes were added.
  int openMatrices(const QStringList& paths);
  // Whether a drop holds anything these open.
  static bool canOpen(const QList<QUrl>& urls);
  // Models become model panes, matrix files matrix panes.
  void openUrls(const QList<QUrl>& urls);

 signals:
  // A new pane is in the grid; the window puts it in its menus.
  void paneOpened(attnviz::ui::ModelPane* pane, bool visible);
  // At least one model opened: vocabulary and panes need an update.
  void modelsOpened();

 private:
  bool openModel(const QString& path);
  int openMatrix(const QString& path);
  void reportUnopened(const QString& title, const QString& what, const std::exception& error);
  void chooseModelFiles();
  void chooseMatrixFiles();
  void rebuildRecentMenu();

  QWidget* window_;
  PaneGrid* grid_;
  SavedState& state_;
  QStatusBar* status_;
  QMenu* recent_menu_ = nullptr;
};

}  // namespace attnviz::ui
