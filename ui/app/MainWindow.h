#pragma once
// The desktop app's window: the sentence bar above a grid of model panes
// (and panes of matrices opened from files, which ignore the sentence),
// the comparison dock, menus, toolbar and status bar. It wires the pieces
// together; each piece lives in its own class.

#include "app/AppSettings.h"
#include "app/Inference.h"
#include "app/ExampleSentences.h"
#include "export/ModelAlignment.h"

#include <QMainWindow>

#include <optional>
#include <vector>

class QLabel;
class QMenu;
class QSpinBox;

namespace attnviz::ui {

class ComparisonView;
class InferenceRunner;
class ModelPane;
class PaneGrid;
class SentenceBar;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Adds a pane per file; a rejected file shows the loader's message and
  // changes nothing. Returns how many opened.
  int openModels(const QStringList& paths);
  // Adds a pane per matrix in each .json, .csv or .npy file, fixed whatever
  // the sentence; a rejected file shows the reader's message and changes
  // nothing. Returns how many panes were added.
  int openMatrices(const QStringList& paths);
  // Restores the saved sentence and settings once the models are open.
  void restoreSession();
  // Runs the current input now instead of after the typing pause.
  void translateNow();
  // True while a worker thread is still translating the newest input.
  bool isTranslating() const;

  PaneGrid* paneGrid() const { return grid_; }
  SentenceBar* sentenceBar() const { return bar_; }
  ComparisonView* comparison() const { return comparison_; }
  QAction* paneAction(const ModelPane* pane) const;
  QString statusText() const;

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void createMenus();
  void createFileMenu();
  void createEditMenu();
  void createViewMenu();
  void createColorMapMenu(QMenu* view);
  void createSentenceMenu();
  void createToolBar();
  QAction* addOption(QMenu* menu, const QString& text, bool checked, void (MainWindow::*apply)(bool));
  bool openModel(const QString& path);
  int openMatrix(const QString& path);
  void addPane(ModelPane* pane, bool visible);
  void reportUnopened(const QString& title, const QString& path, const std::exception& error);
  void addPaneAction(ModelPane* pane, bool visible);
  void closePane(ModelPane* pane);
  void numberPaneActions();
  void chooseModelFiles();
  void chooseMatrixFiles();
  void rebuildRecentMenu();
  void updateVocabulary();

  void requestTranslation();
  void showResult(const InferenceResult& result);
  void showSourceNotices(const InferenceResult& result);
  void randomExample();
  void updateGold();
  void applyOptions();
  void setColorMap(ColorMapName name);
  void setPerRowScale(bool on);
  void setShowValues(bool on);
  void setShowArgmax(bool on);
  void setShowGold(bool on);
  void setHideEndOfSentence(bool on);
  void setRawScores(bool on);
  void setLinesView(bool on);
  void setDarkTheme(bool on);
  void copyCell();
  void copyRow();
  void copyMatrix();
  void copyImage();
  void exportPanes(bool active_only);
  std::vector<const ModelPane*> shownPanes(bool active_only) const;
  ModelAlignments shownAlignments(bool active_only) const;
  std::optional<GoldAlignment> currentGold() const;
  void showModelCards();
  void showAbout();
  void saveSession();

  AppSettings settings_;
  SavedState state_;
  SentenceBar* bar_;
  PaneGrid* grid_;
  ComparisonView* comparison_;
  InferenceRunner* runner_;
  ExampleSentences examples_;
  std::optional<SentencePair> example_;  // the corpus pair shown, for its gold links
  std::vector<ModelPane*> requested_;   // the panes of the newest request, in order
  QMenu* panes_menu_ = nullptr;
  QMenu* recent_menu_ = nullptr;
  QSpinBox* beam_ = nullptr;
  bool raw_scores_ = false;  // View > Raw scores, for panes opened later
  bool lines_view_ = false;  // View > Alignment lines, likewise
  QLabel* timing_;
};

}  // namespace attnviz::ui
