#include "app/MainWindow.h"

#include "app/ComparisonView.h"
#include "app/ExportActions.h"
#include "app/DocumentWindow.h"
#include "app/TrainingDialog.h"
#include "app/FileActions.h"
#include "app/GuideDialog.h"
#include "app/InferenceRunner.h"
#include "app/KeyboardDialog.h"
#include "app/ModelCardDialog.h"
#include "app/PaneActions.h"
#include "app/PaneGrid.h"
#include "app/SentenceBar.h"
#include "app/ViewActions.h"
#include "app/WindowKeys.h"
#include "tokens/Tokenizer.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>
#include <set>

namespace attnviz::ui {
namespace {

// What a first start shows, so the panes are never empty.
const char* const kFirstSentence = "The old farmer saw the red car near the house.";

// The tokens a model read as <unk>.
QStringList flagged(const std::vector<std::string>& tokens, const std::vector<bool>& unknown) {
  QStringList words;
  for (size_t i = 0; i < unknown.size() && i < tokens.size(); ++i) {
    if (unknown[i]) words << QString::fromStdString(tokens[i]);
  }
  return words;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      state_(settings_.load()),
      bar_(new SentenceBar(this)),
      grid_(new PaneGrid(this)),
      panes_area_(new QScrollArea(this)),
      comparison_(new ComparisonView(this)),
      runner_(new InferenceRunner(this)),
      files_(new FileActions(this, grid_, state_, statusBar())),
      exports_(new ExportActions(this, grid_, state_, statusBar(), [this] { return currentGold(); })),
      view_(new ViewActions(grid_, state_, this)),
      panes_(new PaneActions(grid_, state_, statusBar(), this)),
      timing_(new QLabel(this)) {
  setWindowTitle(tr("attnviz"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/attnviz.svg")));
  setAcceptDrops(true);
  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(bar_);
  // Many models in a small window: the panes scroll rather than shrink
  // below a readable heatmap.
  panes_area_->setFrameShape(QFrame::NoFrame);
  panes_area_->setWidgetResizable(true);
  panes_area_->setWidget(grid_);
  layout->addWidget(panes_area_, 1);
  setCentralWidget(central);
  createComparisonDock();
  statusBar()->addPermanentWidget(timing_);
  createMenus();
  createToolBar();
  for (QLineEdit* field : {bar_->sentenceField(), bar_->referenceField()}) WindowKeys::install(field, this);
  connect(bar_, &SentenceBar::inputChanged, this, &MainWindow::requestTranslation);
  connect(runner_, &InferenceRunner::modelReady, this, &MainWindow::showModelResult);
  connect(runner_, &InferenceRunner::finished, this, &MainWindow::showResult);
  connect(grid_, &PaneGrid::layoutChanged, this, [this] {
    comparison_->setPanes(grid_->visiblePanes());
    showTiming();
  });
  connect(files_, &FileActions::paneOpened, this, &MainWindow::addPane);
  connect(files_, &FileActions::modelsOpened, this, [this] {
    updateVocabulary();
    requestTranslation();
  });
  connect(view_, &ViewActions::optionsChanged, this, [this] { comparison_->setPanes(grid_->visiblePanes()); });
  connect(panes_, &PaneActions::paneShown, this, &MainWindow::requestTranslation);
  resize(1500, 950);
}

// ~QWidget deletes the children after this class's members and the panes
// are gone, and a child's last signals (the comparison dock hiding) would
// reach slots that read them.
MainWindow::~MainWindow() {
  for (QObject* child : findChildren<QObject*>()) disconnect(child, nullptr, this, nullptr);
}

void MainWindow::createComparisonDock() {
  auto* dock = new QDockWidget(tr("Comparison"), this);
  dock->setObjectName(QStringLiteral("comparison"));
  dock->setWidget(comparison_);
  addDockWidget(Qt::RightDockWidgetArea, dock);
  dock->hide();
  // A dock opens as narrow as its last width or its minimum: too narrow
  // for the table's columns.
  connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
    if (!visible) return;
    const int wanted = comparison_->sizeHint().width();
    if (dock->width() < wanted) resizeDocks({dock}, {wanted}, Qt::Horizontal);
  });
}

void MainWindow::createMenus() {
  createFileMenu();
  exports_->addCopyActions(menuBar()->addMenu(tr("&Edit")));
  createViewMenu();
  createSentenceMenu();
  createHelpMenu();
}

void MainWindow::createHelpMenu() {
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  QAction* guide = help->addAction(tr("&Guide"), this, [this] { showHelp(new GuideDialog(this)); });
  guide->setShortcut(QKeySequence::HelpContents);
  guide->setObjectName(QStringLiteral("guide"));
  QAction* keys = help->addAction(tr("&Keyboard"), this, [this] { showHelp(new KeyboardDialog(menuBar(), this)); });
  keys->setShortcut(tr("Ctrl+F1"));
  keys->setObjectName(QStringLiteral("keyboard"));
  help->addAction(tr("&About attnviz"), this, &MainWindow::showAbout);
}

// Non-modal, so the panes stay usable while a model trains; one dialog,
// kept, so closing and reopening it shows the last run's snapshots.
void MainWindow::showTrainingDialog() {
  if (!training_) {
    training_ = new TrainingDialog(this);
    connect(training_, &TrainingDialog::modelTrained, this, [this](const QString& path) { files_->openModels({path}); });
  }
  training_->show();
  training_->raise();
}

// Help stays open beside the panes it explains.
void MainWindow::showHelp(QDialog* dialog) {
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
}

void MainWindow::createFileMenu() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  files_->addOpenActions(file);
  file->addAction(tr("Model &cards…"), this, &MainWindow::showModelCards)->setShortcut(tr("Ctrl+I"));
  file->addAction(tr("Classify a &document…"), this, [this] { open_document_window(this); });
  file->addAction(tr("&Train a model…"), this, &MainWindow::showTrainingDialog)->setObjectName(QStringLiteral("trainModel"));
  file->addSeparator();
  exports_->addExportActions(file);
  file->addSeparator();
  file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);
}

void MainWindow::createViewMenu() {
  QMenu* view = menuBar()->addMenu(tr("&View"));
  panes_->addMenu(view);
  grid_->addLayoutActions(view);
  view_->fillMenu(view, findChild<QDockWidget*>(QStringLiteral("comparison"))->toggleViewAction());
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

int MainWindow::openModels(const QStringList& paths) { return files_->openModels(paths); }
int MainWindow::openMatrices(const QStringList& paths) { return files_->openMatrices(paths); }
QAction* MainWindow::paneAction(const ModelPane* pane) const { return panes_->paneAction(pane); }

void MainWindow::addPane(ModelPane* pane, bool visible) {
  view_->applyTo(pane);
  panes_->addPane(pane, visible);
  // A file the user opens shows its pane, laid out at the next turn; the
  // models opened before the window shows leave the grid at its top.
  if (isVisible()) QTimer::singleShot(0, pane, [this, pane] { panes_area_->ensureWidgetVisible(pane); });
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
  grid_->setPaneLayout(state_.pane_layout);
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
  request.options.record_beam_tree = state_.beam_width > 1;  // each pane's ⋔ shows it
  requested_ = following_sentence(grid_->visiblePanes());
  for (const ModelPane* pane : requested_) request.models.push_back(pane->model());
  if (example_ && request.sentence != joined(example_->source)) example_.reset();
  runner_->submit(std::move(request));
}

// A model's result reaches its pane as it comes in (a run on the GUI
// thread), or with all the others in showResult (a worker's run).
void MainWindow::showModelResult(quint64 generation, int model, const ModelResult& result) {
  QElapsedTimer drawing;
  drawing.start();
  if (generation != streamed_generation_) drawing_ms_ = 0;
  streamed_generation_ = generation;
  showInPane(static_cast<size_t>(model), result);
  drawing_ms_ += drawing.nsecsElapsed() / 1e6;
}

void MainWindow::showInPane(size_t pane, const ModelResult& result) {
  if (pane >= requested_.size()) return;
  if (result.alignment) requested_[pane]->setAlignment(*result.alignment, QString::fromStdString(result.own_translation));
  else if (!result.error.isEmpty()) requested_[pane]->showError(result.error);
  else requested_[pane]->clear();
}

void MainWindow::showResult(const InferenceResult& result) {
  QElapsedTimer drawing;
  drawing.start();
  if (result.generation != streamed_generation_) {
    drawing_ms_ = 0;
    for (size_t i = 0; i < result.results.size(); ++i) showInPane(i, result.results[i]);
  }
  updateGold();
  showSourceNotices(result);
  comparison_->setPanes(grid_->visiblePanes());
  inference_ms_ = result.milliseconds;
  drawing_ms_ += drawing.nsecsElapsed() / 1e6;
  showTiming();
}

// Every pane on screen counts (one while a pane is maximised), a matrix
// from a file too: the ones the timing covers are the sentence's.
void MainWindow::showTiming() {
  const int visible = grid_->maximized() ? 1 : static_cast<int>(grid_->visiblePanes().size());
  const QString panes = visible == 1 ? tr("1 pane visible") : tr("%1 panes visible").arg(visible);
  timing_->setText(tr("inference %1 ms · drawing %2 ms · %3")
                       .arg(inference_ms_, 0, 'f', 1)
                       .arg(drawing_ms_, 0, 'f', 1)
                       .arg(panes));
}

// Unknown words and a cut sentence, from the first model that read it.
void MainWindow::showSourceNotices(const InferenceResult& result) {
  for (const ModelResult& model : result.results) {
    if (!model.alignment) continue;
    const Alignment& a = *model.alignment;
    bar_->setUnknownWords(flagged(a.source_tokens, a.source_unknown));
    bar_->setUnknownReferenceWords(flagged(a.target_tokens, a.target_unknown));
    bar_->setNotice(a.source_tokens_dropped > 0
                        ? tr("Only the first %1 words are read; %n more were cut.", nullptr, a.source_tokens_dropped)
                              .arg(kMaxSourceTokens)
                        : QString());
    return;
  }
  bar_->setUnknownWords({});
  bar_->setUnknownReferenceWords({});
  bar_->setNotice({});
}

void MainWindow::randomExample() {
  const auto pair = examples_.random();
  if (!pair) {
    statusBar()->showMessage(tr("No example sentences: %1").arg(QString::fromStdString(examples_.error())), 5000);
    return;
  }
  example_ = pair;
  bar_->setReference(exampleReference());
  bar_->setSentence(QString::fromStdString(joined(pair->source)));
  translateNow();
}

// The example's target as people write French; it reads back into the
// corpus tokens, so the gold links still index the right words.
QString MainWindow::exampleReference() const { return QString::fromStdString(detokenize(example_->target)); }

// Gold links index the corpus pair's words: they apply while the panes are
// forced onto that pair's target.
std::optional<GoldAlignment> MainWindow::currentGold() const {
  const bool applies = example_ && bar_->reference() == exampleReference();
  return applies ? std::optional(example_->gold) : std::nullopt;
}

void MainWindow::updateGold() {
  const std::optional<GoldAlignment> gold = currentGold();
  for (ModelPane* pane : following_sentence(grid_->panes())) pane->setGold(gold);
  bar_->setGoldLegendVisible(gold.has_value());
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
  state_.pane_layout = grid_->paneLayout();
  state_.sentence = bar_->sentence();
  state_.reference = bar_->reference();
  settings_.save(state_);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  saveSession();
  event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (FileActions::canOpen(event->mimeData()->urls())) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  files_->openUrls(event->mimeData()->urls());
  event->acceptProposedAction();
}

}  // namespace attnviz::ui
