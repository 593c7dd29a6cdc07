#pragma once
// The desktop app's window: the sentence bar above a grid of model panes
// (and panes of matrices opened from files, which ignore the sentence),
// the comparison dock, menus, toolbar and status bar. It wires the pieces
// together and runs the translations; each piece lives in its own class:
//   FileActions     File > Open model / matrix / recent, drops
//   ExportActions   File > Export, Edit > Copy
//   ViewActions     View > colour map, options, theme, pane keys
//   PaneActions     View > Panes, one switch per pane

#include "app/AppSettings.h"
#include "app/Inference.h"
#include "app/ExampleSentences.h"

#include <QMainWindow>

#include <optional>
#include <vector>

class QDialog;
class QLabel;
class QScrollArea;
class QSpinBox;

namespace attnviz::ui {

class ComparisonView;
class ExportActions;
class FileActions;
class InferenceRunner;
class ModelPane;
class PaneActions;
class PaneGrid;
class SentenceBar;
class TrainingDialog;
class ViewActions;

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
  void createComparisonDock();
  void createMenus();
  void createFileMenu();
  void createViewMenu();
  void createSentenceMenu();
  void createHelpMenu();
  void showHelp(QDialog* dialog);
  void createToolBar();
  void addPane(ModelPane* pane, bool visible);
  void updateVocabulary();

  void requestTranslation();
  void showModelResult(quint64 generation, int model, const ModelResult& result);
  void showInPane(size_t pane, const ModelResult& result);
  void showResult(const InferenceResult& result);
  void showSourceNotices(const InferenceResult& result);
  void showTiming();
  void randomExample();
  QString exampleReference() const;
  std::optional<GoldAlignment> currentGold() const;
  void updateGold();
  void showModelCards();
  void showTrainingDialog();
  void showAbout();
  void saveSession();

  AppSettings settings_;
  SavedState state_;
  SentenceBar* bar_;
  PaneGrid* grid_;
  QScrollArea* panes_area_;  // holds grid_: many panes in a small window scroll
  ComparisonView* comparison_;
  InferenceRunner* runner_;
  FileActions* files_;
  ExportActions* exports_;
  ViewActions* view_;
  PaneActions* panes_;
  ExampleSentences examples_;
  std::optional<SentencePair> example_;  // the corpus pair shown, for its gold links
  std::vector<ModelPane*> requested_;   // the panes of the newest request, in order
  QSpinBox* beam_ = nullptr;
  TrainingDialog* training_ = nullptr;  // File > Train a model…, made when first opened
  QLabel* timing_;
  double inference_ms_ = 0;  // of the newest result, for the status bar
  double drawing_ms_ = 0;  // the panes' updates, partly while models decode
  quint64 streamed_generation_ = 0;  // the newest run whose panes were shown model by model
};

}  // namespace attnviz::ui
