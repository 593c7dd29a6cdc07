#include "app/MainWindow.h"

#include "app/ComparisonView.h"
#include "app/InferenceRunner.h"
#include "app/MatrixText.h"
#include "app/ModelCardDialog.h"
#include "app/PaneGrid.h"
#include "app/SentenceBar.h"
#include "app/Theme.h"
#include "app/UserDialogs.h"
#include "export/ExportDialog.h"
#include "export/MatrixFiles.h"
#include "model/ModelFile.h"
#include "model/ModelFileError.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <set>

namespace attnviz::ui {
namespace {

// What a first start shows, so the panes are never empty.
const char* const kFirstSentence = "The old farmer saw the red car near the house.";

bool is_model_file(const QUrl& url) {
  return url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".safetensors"), Qt::CaseInsensitive);
}

bool is_matrix_file(const QUrl& url) {
  return url.isLocalFile() && matrix_format_of(url.toLocalFile().toStdString()).has_value();
}

// A .npy's token labels chosen or dropped along with it are read with it,
// not as a matrix of their own.
bool is_labels_of_another(const QString& path, const QStringList& paths) {
  return std::any_of(paths.begin(), paths.end(), [&path](const QString& other) {
    const std::filesystem::path npy = other.toStdString();
    return matrix_format_of(npy) == MatrixFormat::Npy &&
           QFileInfo(QString::fromStdString(npy_labels_path(npy).string())) == QFileInfo(path);
  });
}

// The panes the models translate into: a matrix opened from a file has
// nothing to do with the sentence.
std::vector<ModelPane*> following_sentence(const std::vector<ModelPane*>& panes) {
  std::vector<ModelPane*> following;
  std::copy_if(panes.begin(), panes.end(), std::back_inserter(following),
               [](const ModelPane* pane) { return pane->followsSentence(); });
  return following;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      state_(settings_.load()),
      bar_(new SentenceBar(this)),
      grid_(new PaneGrid(this)),
      comparison_(new ComparisonView(this)),
      runner_(new InferenceRunner(this)),
      timing_(new QLabel(this)) {
  setWindowTitle(tr("attnviz"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/attnviz.svg")));
  setAcceptDrops(true);
  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(bar_);
  layout->addWidget(grid_, 1);
  setCentralWidget(central);
  auto* dock = new QDockWidget(tr("Comparison"), this);
  dock->setObjectName(QStringLiteral("comparison"));
  dock->setWidget(comparison_);
  addDockWidget(Qt::RightDockWidgetArea, dock);
  dock->hide();
  statusBar()->addPermanentWidget(timing_);
  createMenus();
  createToolBar();
  connect(bar_, &SentenceBar::inputChanged, this, &MainWindow::requestTranslation);
  connect(runner_, &InferenceRunner::finished, this, &MainWindow::showResult);
  connect(grid_, &PaneGrid::layoutChanged, this, [this] { comparison_->setPanes(grid_->visiblePanes()); });
  resize(1500, 950);
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::addOption(QMenu* menu, const QString& text, bool checked, void (MainWindow::*apply)(bool)) {
  QAction* action = menu->addAction(text);
  action->setCheckable(true);
  action->setChecked(checked);
  connect(action, &QAction::toggled, this, apply);
  return action;
}

void MainWindow::createMenus() {
  createFileMenu();
  createEditMenu();
  createViewMenu();
  createSentenceMenu();
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About attnviz"), this, &MainWindow::showAbout);
}

void MainWindow::createFileMenu() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* open = file->addAction(QIcon::fromTheme("document-open", style()->standardIcon(QStyle::SP_DialogOpenButton)),
                                  tr("&Open model…"), this, &MainWindow::chooseModelFiles);
  open->setShortcut(QKeySequence::Open);
  open->setObjectName(QStringLiteral("openModel"));
  QAction* open_matrix = file->addAction(tr("Open attention &matrix…"), this, &MainWindow::chooseMatrixFiles);
  open_matrix->setShortcut(tr("Ctrl+Shift+O"));
  open_matrix->setObjectName(QStringLiteral("openMatrix"));
  open_matrix->setStatusTip(tr("Show a matrix from a .json, .csv or .npy file that another tool computed"));
  recent_menu_ = file->addMenu(tr("Open &recent"));
  rebuildRecentMenu();
  file->addAction(tr("Model &cards…"), this, &MainWindow::showModelCards)->setShortcut(tr("Ctrl+I"));
  file->addSeparator();
  QAction* export_pane = file->addAction(tr("&Export pane…"), this, [this] { exportPanes(true); });
  export_pane->setShortcut(QKeySequence::Save);
  export_pane->setObjectName(QStringLiteral("exportPane"));
  QAction* export_grid = file->addAction(tr("Export &grid…"), this, [this] { exportPanes(false); });
  export_grid->setShortcut(QKeySequence::SaveAs);
  export_grid->setObjectName(QStringLiteral("exportGrid"));
  file->addSeparator();
  file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditMenu() {
  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  edit->addAction(tr("Copy &cell"), this, &MainWindow::copyCell)->setShortcut(QKeySequence::Copy);
  edit->addAction(tr("Copy &row"), this, &MainWindow::copyRow)->setShortcut(tr("Ctrl+Shift+C"));
  edit->addAction(tr("Copy &matrix"), this, &MainWindow::copyMatrix)->setShortcut(tr("Ctrl+Alt+C"));
  edit->addAction(tr("Copy &image"), this, &MainWindow::copyImage)->setShortcut(tr("Ctrl+Shift+I"));
}

void MainWindow::createViewMenu() {
  QMenu* view = menuBar()->addMenu(tr("&View"));
  panes_menu_ = view->addMenu(tr("&Panes"));
  createColorMapMenu(view);
  const HeatmapOptions& o = state_.options.heatmap;
  addOption(view, tr("Raw &scores instead of weights"), false, &MainWindow::setRawScores)->setShortcut(tr("Ctrl+R"));
  addOption(view, tr("One colour scale per &row"), o.scale == ColorScaleMode::PerRow, &MainWindow::setPerRowScale);
  addOption(view, tr("&Values in cells"), o.show_values, &MainWindow::setShowValues)->setShortcut(tr("Ctrl+Shift+V"));
  addOption(view, tr("&Argmax outline"), o.show_argmax, &MainWindow::setShowArgmax);
  addOption(view, tr("&Gold alignment"), o.show_gold, &MainWindow::setShowGold);
  addOption(view, tr("&Hide </s> (renormalise rows)"), state_.options.hide_end_of_sentence,
            &MainWindow::setHideEndOfSentence)->setShortcut(tr("Ctrl+E"));
  addOption(view, tr("Alignment &lines"), false, &MainWindow::setLinesView)->setShortcut(tr("Ctrl+L"));
  QAction* next = view->addAction(tr("&Next pane"), this, [this] { grid_->focusNeighbourPane(+1); });
  next->setShortcut(tr("F6"));
  next->setObjectName(QStringLiteral("nextPane"));
  view->addAction(tr("&Previous pane"), this, [this] { grid_->focusNeighbourPane(-1); })->setShortcut(tr("Shift+F6"));
  view->addSeparator();
  QAction* compare = findChild<QDockWidget*>(QStringLiteral("comparison"))->toggleViewAction();
  compare->setText(tr("&Comparison"));
  compare->setShortcut(tr("Ctrl+D"));
  view->addAction(compare);
  addOption(view, tr("&Dark theme"), state_.dark_theme, &MainWindow::setDarkTheme);
}

void MainWindow::createColorMapMenu(QMenu* view) {
  QMenu* maps = view->addMenu(tr("&Colour map"));
  auto* group = new QActionGroup(maps);
  for (ColorMapName name : kAllColorMaps) {
    QAction* action = maps->addAction(to_string(name));
    action->setCheckable(true);
    action->setChecked(name == state_.options.heatmap.color_map);
    group->addAction(action);
    connect(action, &QAction::triggered, this, [this, name] { setColorMap(name); });
  }
}

void MainWindow::createSentenceMenu() {
  QMenu* sentence = menuBar()->addMenu(tr("&Sentence"));
  QAction* random = sentence->addAction(tr("&Random example"), this, &MainWindow::randomExample);
  random->setShortcut(tr("Ctrl+Shift+R"));
  random->setObjectName(QStringLiteral("randomExample"));
  sentence->addAction(tr("&Edit sentence"), bar_, &SentenceBar::focusSentence)->setShortcut(tr("Ctrl+K"));
  sentence->addAction(tr("Translate &now"), this, &MainWindow::translateNow)->setShortcut(tr("F5"));
}

void MainWindow::createToolBar() {
  QToolBar* tools = addToolBar(tr("Main"));
  tools->setObjectName(QStringLiteral("mainToolBar"));
  tools->setMovable(false);
  for (const QString& name : {QStringLiteral("openModel"), QStringLiteral("randomExample")}) {
    tools->addAction(findChild<QAction*>(name));
  }
  tools->addSeparator();
  tools->addWidget(new QLabel(tr(" Beam width "), tools));
  beam_ = new QSpinBox(tools);
  beam_->setRange(1, AppSettings::kMaxBeamWidth);
  beam_->setValue(state_.beam_width);
  beam_->setToolTip(tr("1 = greedy search"));
  connect(beam_, &QSpinBox::valueChanged, this, [this](int width) {
    state_.beam_width = width;
    requestTranslation();
  });
  tools->addWidget(beam_);
}

int MainWindow::openModels(const QStringList& paths) {
  int opened = 0;
  for (const QString& path : paths) opened += openModel(path) ? 1 : 0;
  if (opened > 0) {
    updateVocabulary();
    requestTranslation();
  }
  return opened;
}

// Loads first and touches nothing until the file is accepted.
bool MainWindow::openModel(const QString& path) {
  std::shared_ptr<const AttentionModel> model;
  try {
    model = load_model(path.toStdString());
  } catch (const std::exception& error) {
    reportUnopened(tr("Cannot open model"), path, error);
    return false;
  }
  ModelPane* pane = grid_->addPane(std::move(model));
  addPane(pane, !state_.hidden_panes.contains(pane->modelName()));
  state_.recent_models = AppSettings::addRecent(state_.recent_models, QFileInfo(path).absoluteFilePath());
  rebuildRecentMenu();
  return true;
}

int MainWindow::openMatrices(const QStringList& paths) {
  int opened = 0;
  for (const QString& path : paths) {
    if (!is_labels_of_another(path, paths)) opened += openMatrix(path);
  }
  if (opened > 0) statusBar()->showMessage(tr("Opened %n attention matrix(es)", nullptr, opened), 5000);
  return opened;
}

// Reads the whole file first: one bad matrix in it opens none.
int MainWindow::openMatrix(const QString& path) {
  ModelAlignments matrices;
  try {
    matrices = read_matrix_file(path.toStdString());
  } catch (const std::exception& error) {
    reportUnopened(tr("Cannot open attention matrix"), path, error);
    return 0;
  }
  for (const ModelAlignment& matrix : matrices) addPane(grid_->addPane(matrix), true);
  return static_cast<int>(matrices.size());
}

// A new pane starts as the View menu says, like those already open.
void MainWindow::addPane(ModelPane* pane, bool visible) {
  pane->setOptions(state_.options);
  pane->setRawScores(raw_scores_);
  pane->setLinesView(lines_view_);
  addPaneAction(pane, visible);
  grid_->setPaneVisible(pane, visible);
  connect(pane, &ModelPane::closeRequested, this, [this, pane] { closePane(pane); });
}

void MainWindow::closePane(ModelPane* pane) {
  statusBar()->showMessage(tr("Closed %1").arg(pane->title()), 5000);
  delete paneAction(pane);
  grid_->removePane(pane);
  numberPaneActions();
}

// Alt+1..9 follow the Panes menu's order, which closing a pane changes.
void MainWindow::numberPaneActions() {
  int number = 0;
  for (QAction* action : panes_menu_->actions()) {
    ++number;
    action->setShortcut(number <= 9 ? QKeySequence(tr("Alt+%1").arg(number)) : QKeySequence());
  }
}

void MainWindow::reportUnopened(const QString& title, const QString& path, const std::exception& error) {
  UserDialogs::instance().showError(
      this, title, tr("%1 was not opened:\n%2").arg(QFileInfo(path).fileName(), QString::fromUtf8(error.what())));
}

// Only a model pane's switch is remembered: an opened matrix is not
// reopened on the next start.
void MainWindow::addPaneAction(ModelPane* pane, bool visible) {
  QAction* action = panes_menu_->addAction(pane->title());
  action->setCheckable(true);
  action->setChecked(visible);
  action->setData(QVariant::fromValue(static_cast<QObject*>(pane)));
  numberPaneActions();
  connect(action, &QAction::toggled, this, [this, pane](bool on) {
    grid_->setPaneVisible(pane, on);
    if (!pane->followsSentence()) return;
    state_.hidden_panes.removeAll(pane->modelName());
    if (!on) state_.hidden_panes << pane->modelName();
    if (on) requestTranslation();
  });
}

QAction* MainWindow::paneAction(const ModelPane* pane) const {
  for (QAction* action : panes_menu_->actions()) {
    if (action->data().value<QObject*>() == pane) return action;
  }
  return nullptr;
}

void MainWindow::chooseModelFiles() {
  const QString folder = state_.recent_models.isEmpty() ? QString() : QFileInfo(state_.recent_models.first()).path();
  openModels(UserDialogs::instance().openModelFiles(this, folder));
}

void MainWindow::chooseMatrixFiles() { openMatrices(ExportDialog::askMatrixFiles(this)); }

void MainWindow::rebuildRecentMenu() {
  recent_menu_->clear();
  for (const QString& path : state_.recent_models) {
    recent_menu_->addAction(path, this, [this, path] { openModels({path}); });
  }
  recent_menu_->setEnabled(!state_.recent_models.isEmpty());
}

// The completer offers the words of every loaded model's source vocabulary.
void MainWindow::updateVocabulary() {
  std::set<std::string> words;
  for (const ModelPane* pane : following_sentence(grid_->panes())) {
    const auto& tokens = pane->model()->source_vocabulary().tokens();
    for (size_t id = Vocabulary::kEos + 1; id < tokens.size(); ++id) words.insert(tokens[id]);
  }
  QStringList list;
  for (const std::string& word : words) list << QString::fromStdString(word);
  bar_->setVocabulary(list);
}

void MainWindow::restoreSession() {
  if (!state_.geometry.isEmpty()) restoreGeometry(state_.geometry);
  if (!state_.window_state.isEmpty()) restoreState(state_.window_state);
  bar_->setReference(state_.reference);
  const bool first_start = state_.sentence.isEmpty() && state_.reference.isEmpty();
  bar_->setSentence(first_start ? QString::fromUtf8(kFirstSentence) : state_.sentence);
  translateNow();
}

void MainWindow::translateNow() { requestTranslation(); }
bool MainWindow::isTranslating() const { return runner_->busy(); }

void MainWindow::requestTranslation() {
  InferenceRequest request;
  request.sentence = bar_->sentence().toStdString();
  request.reference = bar_->reference().toStdString();
  request.options.beam_width = state_.beam_width;
  requested_ = following_sentence(grid_->visiblePanes());
  for (const ModelPane* pane : requested_) request.models.push_back(pane->model());
  if (example_ && request.sentence != joined(example_->source)) example_.reset();
  runner_->submit(std::move(request));
}

void MainWindow::showResult(const InferenceResult& result) {
  QElapsedTimer drawing;
  drawing.start();
  for (size_t i = 0; i < requested_.size() && i < result.results.size(); ++i) {
    const ModelResult& model = result.results[i];
    if (model.alignment) requested_[i]->setAlignment(*model.alignment);
    else if (!model.error.isEmpty()) requested_[i]->showError(model.error);
    else requested_[i]->clear();
  }
  updateGold();
  showSourceNotices(result);
  comparison_->setPanes(grid_->visiblePanes());
  timing_->setText(tr("inference %1 ms · drawing %2 ms · %n pane(s)", nullptr, int(requested_.size()))
                       .arg(result.milliseconds, 0, 'f', 1)
                       .arg(drawing.nsecsElapsed() / 1e6, 0, 'f', 1));
}

// Unknown words and a cut sentence, from the first model that read it.
void MainWindow::showSourceNotices(const InferenceResult& result) {
  for (const ModelResult& model : result.results) {
    if (!model.alignment) continue;
    const Alignment& a = *model.alignment;
    QStringList unknown;
    for (size_t i = 0; i < a.source_unknown.size() && i < a.source_tokens.size(); ++i) {
      if (a.source_unknown[i]) unknown << QString::fromStdString(a.source_tokens[i]);
    }
    bar_->setUnknownWords(unknown);
    bar_->setNotice(a.source_tokens_dropped > 0
                        ? tr("Only the first %1 words are read; %n more were cut.", nullptr, a.source_tokens_dropped)
                              .arg(kMaxSourceTokens)
                        : QString());
    return;
  }
  bar_->setUnknownWords({});
  bar_->setNotice({});
}

void MainWindow::randomExample() {
  const auto pair = examples_.random();
  if (!pair) {
    statusBar()->showMessage(tr("No example sentences: %1").arg(QString::fromStdString(examples_.error())), 5000);
    return;
  }
  example_ = pair;
  bar_->setReference(QString::fromStdString(joined(pair->target)));
  bar_->setSentence(QString::fromStdString(joined(pair->source)));
  translateNow();
}

// Gold links index the corpus pair's words: they apply while the panes are
// forced onto that pair's target.
std::optional<GoldAlignment> MainWindow::currentGold() const {
  const bool applies = example_ && bar_->reference().toStdString() == joined(example_->target);
  return applies ? std::optional(example_->gold) : std::nullopt;
}

void MainWindow::updateGold() {
  for (ModelPane* pane : following_sentence(grid_->panes())) pane->setGold(currentGold());
}

void MainWindow::applyOptions() { grid_->setOptions(state_.options); comparison_->setPanes(grid_->visiblePanes()); }
void MainWindow::setColorMap(ColorMapName name) { state_.options.heatmap.color_map = name; applyOptions(); }
void MainWindow::setPerRowScale(bool on) {
  state_.options.heatmap.scale = on ? ColorScaleMode::PerRow : ColorScaleMode::PerPane;
  applyOptions();
}
void MainWindow::setShowValues(bool on) { state_.options.heatmap.show_values = on; applyOptions(); }
void MainWindow::setShowArgmax(bool on) { state_.options.heatmap.show_argmax = on; applyOptions(); }
void MainWindow::setShowGold(bool on) { state_.options.heatmap.show_gold = on; applyOptions(); }
void MainWindow::setHideEndOfSentence(bool on) { state_.options.hide_end_of_sentence = on; applyOptions(); }

void MainWindow::setRawScores(bool on) {
  raw_scores_ = on;
  for (ModelPane* pane : grid_->panes()) pane->setRawScores(on);
}

void MainWindow::setLinesView(bool on) {
  lines_view_ = on;
  for (ModelPane* pane : grid_->panes()) pane->setLinesView(on);
}

void MainWindow::setDarkTheme(bool on) {
  state_.dark_theme = on;
  apply_theme(*qApp, on);
}

void MainWindow::copyCell() {
  const ModelPane* pane = grid_->activePane();
  if (!pane || !pane->hasAlignment()) return;
  const HeatmapPlot* plot = pane->heatmap();
  const Cell cell = plot->currentCell().valid() ? plot->currentCell() : plot->highlight();
  if (cell.valid()) QApplication::clipboard()->setText(cell_text(plot->alignment(), plot->shownValues(), cell));
}

void MainWindow::copyRow() {
  const ModelPane* pane = grid_->activePane();
  if (!pane || !pane->hasAlignment()) return;
  const HeatmapPlot* plot = pane->heatmap();
  const Cell cell = plot->currentCell().valid() ? plot->currentCell() : plot->highlight();
  if (cell.valid()) QApplication::clipboard()->setText(row_text(plot->alignment(), plot->shownValues(), cell.row));
}

void MainWindow::copyMatrix() {
  const ModelPane* pane = grid_->activePane();
  if (!pane || !pane->hasAlignment()) return;
  QApplication::clipboard()->setText(matrix_text(pane->heatmap()->alignment(), pane->heatmap()->shownValues()));
  statusBar()->showMessage(tr("Copied the matrix of %1").arg(pane->title()), 3000);
}

// What the export draws: the active pane, or every visible pane in grid
// order, each as it is shown (</s> hidden or not).
std::vector<const ModelPane*> MainWindow::shownPanes(bool active_only) const {
  std::vector<const ModelPane*> shown;
  for (const ModelPane* pane : grid_->visiblePanes())
    if (pane->hasAlignment() && (!active_only || pane == grid_->activePane())) shown.push_back(pane);
  return shown;
}

ModelAlignments MainWindow::shownAlignments(bool active_only) const {
  ModelAlignments shown;
  for (const ModelPane* pane : shownPanes(active_only)) shown.push_back({pane->info(), pane->shownAlignment()});
  return shown;
}

void MainWindow::exportPanes(bool active_only) {
  const ModelAlignments shown = shownAlignments(active_only);
  if (shown.empty()) {
    statusBar()->showMessage(tr("Nothing to export yet: type a sentence first"), 3000);
    return;
  }
  // Gold links index the typed sentence's words: a matrix from a file would
  // wear them on other words, so a picture with one goes without.
  const auto panes = shownPanes(active_only);
  const bool typed_only =
      std::all_of(panes.begin(), panes.end(), [](const ModelPane* pane) { return pane->followsSentence(); });
  const QString path =
      ExportDialog::exportPicture(this, shown, state_.options.heatmap, typed_only ? currentGold() : std::nullopt);
  if (!path.isEmpty()) statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::copyImage() {
  const ModelAlignments shown = shownAlignments(false);
  if (shown.empty()) return;
  ExportDialog::copyPicture(shown, state_.options.heatmap);
  statusBar()->showMessage(tr("Copied the picture of %n pane(s)", nullptr, static_cast<int>(shown.size())), 3000);
}

void MainWindow::showModelCards() {
  std::vector<std::shared_ptr<const AttentionModel>> models;
  for (const ModelPane* pane : following_sentence(grid_->panes())) models.push_back(pane->model());
  ModelCardDialog(models, this).exec();
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About attnviz"),
                     tr("<b>attnviz %1</b><p>See what an attention model attends to: type a sentence and "
                        "compare the alignments of five score functions side by side.</p>")
                         .arg(QApplication::applicationVersion()));
}

QString MainWindow::statusText() const { return timing_->text(); }

void MainWindow::saveSession() {
  state_.geometry = saveGeometry();
  state_.window_state = saveState();
  state_.sentence = bar_->sentence();
  state_.reference = bar_->reference();
  settings_.save(state_);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  saveSession();
  event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  const QList<QUrl> urls = event->mimeData()->urls();
  const auto openable = [](const QUrl& url) { return is_model_file(url) || is_matrix_file(url); };
  if (std::any_of(urls.begin(), urls.end(), openable)) event->acceptProposedAction();
}

// Models become model panes, matrix files (.json .csv .npy) matrix panes.
void MainWindow::dropEvent(QDropEvent* event) {
  QStringList models;
  QStringList matrices;
  for (const QUrl& url : event->mimeData()->urls()) {
    if (is_model_file(url)) models << url.toLocalFile();
    else if (is_matrix_file(url)) matrices << url.toLocalFile();
  }
  openModels(models);
  openMatrices(matrices);
  event->acceptProposedAction();
}

}  // namespace attnviz::ui
