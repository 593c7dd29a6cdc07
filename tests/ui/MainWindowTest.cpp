// The real main window, offscreen, on the shipped models (the engine's
// five fixture models while none are shipped): what a user does and sees.

#include "app/AppSettings.h"
#include "app/ComparisonView.h"
#include "app/GuideDialog.h"
#include "app/KeyboardDialog.h"
#include "app/MainWindow.h"
#include "app/HeadsPopup.h"
#include "app/MapChooser.h"
#include "app/ModelCardDialog.h"
#include "app/PaneGrid.h"
#include "app/SentenceBar.h"
#include "app/TrainingDialog.h"
#include "app/Theme.h"
#include "app/UserDialogs.h"
#include "corpus/CorpusFiles.h"
#include "export/ExportDialog.h"
#include "export/MatrixFiles.h"
#include "model/ScoreFunction.h"
#include "view/HeadGrid.h"
#include "view/RowDetail.h"
#include "WindowTesting.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QDialog>
#include <QTimer>
#include <QtTest>

#include <filesystem>

using namespace attnviz;
using namespace attnviz::ui;
using namespace attnviz::ui::testing;

namespace {

// A file of `bytes` named `name` in `dir`, to hand to the window.
QString write_file(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
  const QString path = dir.filePath(name);
  QFile file(path);
  if (file.open(QIODevice::WriteOnly)) file.write(bytes);
  return path;
}

// Every token label is text that survives a round trip through QString,
// i.e. valid UTF-8 without cut characters.
bool labels_are_clean(const Alignment& alignment) {
  for (const std::string& token : alignment.source_tokens) {
    if (token.empty() || QString::fromStdString(token).toStdString() != token) return false;
  }
  return true;
}

// What another tool dumps: a German-English matrix with weights only (no
// raw scores, no decoder probabilities), rows summing to 1.
ModelAlignment foreign_matrix() {
  Alignment a;
  a.source_tokens = {"das", "rote", "Auto", "</s>"};
  a.source_unknown.assign(a.source_tokens.size(), false);
  a.target_tokens = {"the", "red", "car", "</s>"};
  a.translation = "the red car";
  RowMatrix weights(4, 4);
  weights << 0.85f, 0.05f, 0.05f, 0.05f,
             0.10f, 0.70f, 0.10f, 0.10f,
             0.05f, 0.15f, 0.75f, 0.05f,
             0.05f, 0.05f, 0.10f, 0.80f;
  a.maps.push_back({"attention", weights, {}});
  a.mode = DecodeMode::Forced;
  ModelInfo model;
  model.name = "fairseq-de-en";
  return {model, a};
}

// Writes `matrices` with the exporter's own writer (what `attnviz-cli
// export` and File > Export write).
QString write_matrices(const QTemporaryDir& dir, const QString& name, const ModelAlignments& matrices) {
  const QString path = dir.filePath(name);
  write_matrix_file(path.toStdString(), matrices);
  return path;
}

bool same_values(const RowMatrix& a, const RowMatrix& b) {
  return a.rows() == b.rows() && a.cols() == b.cols() && a.isApprox(b, 1e-6f);
}

// The colour of a pane's heatmap just inside its top-left corner: its
// background, as drawn on screen.
QRgb pane_pixel(ModelPane& pane) { return pane.heatmap()->grab().toImage().pixel(3, 3); }

// Sentence > Random example on a one-pair corpus, forced and with gold links.
void show_random_example(MainWindow& window) {
  QTemporaryDir dir;
  SentencePair pair{{"the", "red", "car"}, {"la", "voiture", "rouge"}, {{{0, 0}, {2, 1}, {1, 2}}, {{1, 1}}}};
  write_split(dir.path().toStdString(), "test", {pair});
  qputenv("ATTNVIZ_CORPUS_DIR", dir.path().toUtf8());
  window.findChild<QAction*>("randomExample")->trigger();
  qunsetenv("ATTNVIZ_CORPUS_DIR");
  translate(window);
}

// File > Open attention matrix, answered with `path`.
void open_matrix(MainWindow& window, const QString& path) {
  ExportDialog::setNextFileName(path);
  window.findChild<QAction*>("openMatrix")->trigger();
}

}  // namespace

class MainWindowTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    UserDialogs::instance().setRecordOnly(true);
    QVERIFY2(test_models().size() >= 2, "no models to test with");
  }

  void init() {
    QSettings().clear();
    UserDialogs::instance().clearLastError();
    window_ = std::make_unique<MainWindow>();
    QCOMPARE(window_->openModels(test_models()), test_models().size());
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
  }

  void cleanup() { window_.reset(); }

  void typingFillsEveryPaneWithATranslationAndAMatrix() {
    type_sentence(*window_, "the red car");
    const auto panes = window_->paneGrid()->visiblePanes();
    QCOMPARE(panes.size(), size_t(test_models().size()));
    for (ModelPane* pane : panes) {
      QVERIFY(pane->hasAlignment());
      const Alignment& shown = pane->heatmap()->alignment();
      QCOMPARE(shown.source_tokens, (std::vector<std::string>{"the", "red", "car", "</s>"}));
      QVERIFY(shown.rows() >= 1);
      QCOMPARE(pane->heatmap()->shownValues().rows(), shown.rows());
      QCOMPARE(pane->heatmap()->shownValues().cols(), Eigen::Index{4});
      QVERIFY(!pane->translationText().isEmpty());
      QVERIFY2(pane->statisticsText().contains("mean entropy"), qPrintable(pane->statisticsText()));
    }
    QVERIFY(window_->statusText().contains("inference"));
  }

  void typingIsDebouncedIntoOneTranslation() {
    QTest::keyClicks(window_->sentenceBar()->sentenceField(), "the dog");
    ModelPane* pane = window_->paneGrid()->visiblePanes().front();
    QTRY_VERIFY(pane->hasAlignment());
    QCOMPARE(pane->heatmap()->alignment().source_tokens.size(), size_t(3));
  }

  void hoveringACellShowsItsWordsAndWeightAndHighlightsEveryPane() {
    type_sentence(*window_, "the red car");
    QTest::qWait(100);  // six panes relayout once their results are in; hover after that
    const auto panes = window_->paneGrid()->visiblePanes();
    HeatmapPlot* plot = panes.front()->heatmap();
    const Cell cell{0, 2};
    QTest::mouseMove(plot, plot->cellCenter(cell));
    QCOMPARE(plot->cellAt(plot->cellCenter(cell)), cell);
    const Alignment& a = plot->alignment();
    const QString tip = plot->cellToolTip(cell);
    QVERIFY2(tip.contains("source: car"), qPrintable(tip));
    QVERIFY2(tip.contains("target: " + QString::fromStdString(a.target_tokens[0])), qPrintable(tip));
    QVERIFY2(tip.contains(QString("weight: %1").arg(a.primary().weights(0, 2), 0, 'f', 4)), qPrintable(tip));
    for (ModelPane* pane : panes)
      QVERIFY2(pane->heatmap()->highlight() == cell,
               qPrintable(pane->displayName() + QString(" highlights %1,%2")
                                                    .arg(pane->heatmap()->highlight().row)
                                                    .arg(pane->heatmap()->highlight().col)));
  }

  void clickingARowOpensItsAttentionAndTheDecodersTopFive() {
    type_sentence(*window_, "the red car");
    ModelPane* pane = window_->paneGrid()->visiblePanes().front();
    QTest::mouseClick(pane->heatmap(), Qt::LeftButton, {}, pane->heatmap()->cellCenter({0, 1}));
    QVERIFY(pane->rowDetail()->isVisible());
    QCOMPARE(pane->rowDetail()->row(), 0);
    QVERIFY2(pane->rowDetail()->alternativesText().contains("top 5"), qPrintable(pane->rowDetail()->alternativesText()));
  }

  void togglingAPaneHidesIt() {
    ModelPane* pane = window_->paneGrid()->panes().at(1);
    window_->paneAction(pane)->trigger();
    QVERIFY(!pane->isVisible());
    QCOMPARE(window_->paneGrid()->visiblePanes().size(), size_t(test_models().size() - 1));
    window_->paneAction(pane)->trigger();
    QVERIFY(pane->isVisible());
  }

  void theReferenceSwitchesEveryPaneToForcedDecoding() {
    window_->sentenceBar()->setReference("la voiture rouge");
    type_sentence(*window_, "the red car");
    for (ModelPane* pane : window_->paneGrid()->visiblePanes()) {
      const Alignment& a = pane->heatmap()->alignment();
      QCOMPARE(a.mode, DecodeMode::Forced);
      QCOMPARE(a.target_tokens, (std::vector<std::string>{"la", "voiture", "rouge", "</s>"}));
      QVERIFY(pane->translationText().contains("forced"));
    }
  }

  void aForcedPaneShowsTheModelsOwnTranslationBesideTheReference() {
    window_->sentenceBar()->setReference("la maison rouge");
    type_sentence(*window_, "the red car");
    for (ModelPane* pane : window_->paneGrid()->visiblePanes()) {
      QVERIFY2(pane->translationText().startsWith("forced: La maison rouge · model: La voiture rouge"),
               qPrintable(pane->translationText()));
    }
    window_->sentenceBar()->setReference("la voiture rouge");
    translate(*window_);
    for (ModelPane* pane : window_->paneGrid()->visiblePanes()) {
      QVERIFY2(pane->translationText().endsWith("the model's own translation too"), qPrintable(pane->translationText()));
    }
  }

  void panesOnTheSameTargetAreComparedByDivergence() {
    window_->sentenceBar()->setReference("la voiture rouge");
    type_sentence(*window_, "the red car");
    QCOMPARE(window_->comparison()->divergenceText(0, 0), QString("0.000"));
    const double between = window_->comparison()->divergenceText(0, 1).toDouble();
    QVERIFY(between > 0.0 && between <= 1.0);
  }

  void aBadModelFileShowsTheLoadersMessageAndKeepsThePanes() {
    type_sentence(*window_, "the red car");
    QTemporaryDir dir;
    const QString bad = write_file(dir, "broken.safetensors", "not a model");
    UserDialogs::instance().setNextFiles({bad});
    window_->findChild<QAction*>("openModel")->trigger();
    const QString error = UserDialogs::instance().lastError();
    QVERIFY2(error.startsWith("broken.safetensors is not a valid attnviz model.") && error.contains("Detail: "),
             qPrintable(error));
    QCOMPARE(window_->paneGrid()->panes().size(), size_t(test_models().size()));
    for (ModelPane* pane : window_->paneGrid()->panes()) QVERIFY(pane->hasAlignment());
  }

  void openingAMatrixFileAddsAPaneWithItsTokensAndWeights_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << "dump.csv";
    QTest::newRow("json") << "dump.json";
    QTest::newRow("npy with its tokens file") << "dump.npy";
  }

  void openingAMatrixFileAddsAPaneWithItsTokensAndWeights() {
    QFETCH(QString, name);
    QTemporaryDir dir;
    open_matrix(*window_, write_matrices(dir, name, {foreign_matrix()}));
    QCOMPARE(window_->paneGrid()->panes().size(), size_t(test_models().size() + 1));
    ModelPane* pane = window_->paneGrid()->panes().back();
    QVERIFY(pane->isVisible());
    QVERIFY(!pane->followsSentence());
    QVERIFY(pane->hasAlignment());
    QVERIFY2(pane->title().contains("imported") && pane->title().contains(name), qPrintable(pane->title()));
    QVERIFY2(pane->originText().contains(name) && pane->originText().contains("does not follow the sentence"),
             qPrintable(pane->originText()));
    QCOMPARE(window_->paneAction(pane)->text(), pane->title());
    const Alignment& shown = pane->heatmap()->alignment();
    QCOMPARE(shown.source_tokens, foreign_matrix().alignment.source_tokens);
    QCOMPARE(shown.target_tokens, foreign_matrix().alignment.target_tokens);
    QCOMPARE(pane->heatmap()->shownValues().rows(), Eigen::Index{4});
    QCOMPARE(pane->heatmap()->shownValues().cols(), Eigen::Index{4});
    QCOMPARE(pane->translationText(), QString("the red car"));
    QVERIFY2(!pane->statisticsText().contains("log p"), qPrintable(pane->statisticsText()));
    const QString tip = pane->heatmap()->cellToolTip({2, 2});
    QVERIFY2(tip.contains("source: Auto") && tip.contains("target: car") && tip.contains("weight: 0.7500"),
             qPrintable(tip));
    QVERIFY2(!tip.contains("raw score"), qPrintable(tip));
  }

  // A 4-D float16 .npy as numpy saved it ([layers, heads, tgt, src], 2 x 3
  // heads; tools/make_npy_heads_fixtures.py) with its tokens file: the pane
  // lists every layer and head and shows the chosen head's values.
  void openingAnNpyWithLayersAndHeadsListsEveryHead() {
    const QString fixtures = QStringLiteral(ATTNVIZ_FIXTURES_DIR) + "/npy_heads/";
    open_matrix(*window_, fixtures + "layers_heads_f2.npy");
    QCOMPARE(window_->paneGrid()->panes().size(), size_t(test_models().size() + 1));
    ModelPane* pane = window_->paneGrid()->panes().back();
    QVERIFY(!pane->followsSentence());
    MapChooser* chooser = pane->mapChooser();
    QVERIFY(chooser->isVisible());
    QVERIFY(pane->findChild<QToolButton*>("headsButton")->isVisible());
    QCOMPARE(chooser->count(), 1 + 2 * 3);
    QCOMPARE(chooser->itemText(0), QString("cross, layer 1, mean over heads (headline)"));
    for (int layer = 0; layer < 2; ++layer)
      for (int head = 0; head < 3; ++head)
        QCOMPARE(chooser->itemText(1 + layer * 3 + head), QString("cross, layer %1, head %2").arg(layer).arg(head));
    QFile file(fixtures + "layers_heads_f2.expected.json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray values = QJsonDocument::fromJson(file.readAll()).object()["values"].toArray();
    QCOMPARE(values.size(), 2 * 3 * 4 * 5);
    const auto numpy_head = [&](int layer, int head) {
      RowMatrix m(4, 5);
      for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 5; ++c) m(r, c) = static_cast<float>(values[((layer * 3 + head) * 4 + r) * 5 + c].toDouble());
      return m;
    };
    const RowMatrix headline = (numpy_head(1, 0) + numpy_head(1, 1) + numpy_head(1, 2)) / 3.0f;
    QVERIFY(same_values(pane->heatmap()->shownValues(), headline));
    chooser->choose(MapKind::Cross, 0, 2);
    QCOMPARE(chooser->currentText(), QString("cross, layer 0, head 2"));
    QCOMPARE(pane->heatmap()->shownValues(), numpy_head(0, 2));
    QCOMPARE(pane->heatmap()->alignment().source_tokens,
             (std::vector<std::string>{"die", "Katze", "schläft", "hier", "</s>"}));
    QCOMPARE(pane->heatmap()->alignment().target_tokens, (std::vector<std::string>{"the", "cat", "sleeps", "</s>"}));
    chooser->choose(MapKind::Cross, 1, 1);
    QCOMPARE(pane->heatmap()->shownValues(), numpy_head(1, 1));
    pane->findChild<QToolButton*>("headsButton")->click();  // the head grid: click layer 0, head 1
    HeadsPopup* popup = pane->headsPopup();
    QTRY_VERIFY(popup->isVisible());
    HeadGrid* grid = popup->grid();
    QTest::mouseClick(grid, Qt::LeftButton, {}, grid->thumbnailRect(0, 1).center());
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(chooser->currentText(), QString("cross, layer 0, head 1"));
    QCOMPARE(pane->heatmap()->shownValues(), numpy_head(0, 1));
  }

  void aMatrixPaneHasEveryViewButWhatNeedsAModel() {
    QTemporaryDir dir;
    open_matrix(*window_, write_matrices(dir, "dump.csv", {foreign_matrix()}));
    ModelPane* pane = window_->paneGrid()->panes().back();
    // The panes outgrow the window: the opened one is scrolled into view.
    QTRY_COMPARE(pane->heatmap()->visibleRegion().boundingRect(), pane->heatmap()->rect());
    QTest::mouseMove(pane->heatmap(), pane->heatmap()->cellCenter({1, 1}));
    for (ModelPane* other : window_->paneGrid()->panes()) QCOMPARE(other->heatmap()->highlight(), (Cell{1, 1}));
    QTest::mouseClick(pane->heatmap(), Qt::LeftButton, {}, pane->heatmap()->cellCenter({1, 1}));
    QVERIFY(pane->rowDetail()->isVisible());
    QCOMPARE(pane->rowDetail()->row(), 1);
    QVERIFY2(pane->rowDetail()->alternativesText().isEmpty(), "a file has no decoder alternatives");
    QTest::keyClick(window_.get(), Qt::Key_R, Qt::ControlModifier);  // raw scores, which the file lacks
    QVERIFY(same_values(pane->heatmap()->shownValues(), foreign_matrix().alignment.primary().weights));
    QTest::keyClick(window_.get(), Qt::Key_E, Qt::ControlModifier);  // hide </s>
    QCOMPARE(pane->heatmap()->alignment().source_tokens, (std::vector<std::string>{"das", "rote", "Auto"}));
    QCOMPARE(pane->heatmap()->shownValues().row(1).sum(), 1.0f);
    pane->heatmap()->setCurrentCell({1, 0});
    QTest::keyClick(window_.get(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY2(QGuiApplication::clipboard()->text().startsWith("\tdas\trote\tAuto\n"),
             qPrintable(QGuiApplication::clipboard()->text()));
  }

  void aJsonFileOfSeveralModelsOpensAPaneForEachWithTheirScores() {
    type_sentence(*window_, "the red car");
    ModelPane* model = window_->paneGrid()->panes().front();
    QTemporaryDir dir;
    open_matrix(*window_, write_matrices(dir, "two.json", {foreign_matrix(), {model->info(), model->shownAlignment()}}));
    const auto& panes = window_->paneGrid()->panes();
    QCOMPARE(panes.size(), size_t(test_models().size() + 2));
    ModelPane* exported = panes.back();
    QCOMPARE(panes.at(panes.size() - 2)->modelName(), QString("fairseq-de-en"));
    QCOMPARE(exported->modelName(), model->modelName());
    QVERIFY(exported->displayName() != model->displayName());
    QCOMPARE(exported->heatmap()->alignment().target_tokens, model->shownAlignment().target_tokens);
    QTest::keyClick(window_.get(), Qt::Key_R, Qt::ControlModifier);  // our own export keeps the raw scores
    QVERIFY(same_values(exported->heatmap()->shownValues(), model->shownAlignment().primary().scores));
  }

  void typingTranslatesOnlyTheModelPanes() {
    type_sentence(*window_, "the red car");
    QTemporaryDir dir;
    open_matrix(*window_, write_matrices(dir, "dump.csv", {foreign_matrix()}));
    ModelPane* matrix = window_->paneGrid()->panes().back();
    ModelPane* model = window_->paneGrid()->panes().front();
    type_sentence(*window_, "my old dog sleeps");
    QCOMPARE(model->heatmap()->alignment().source_tokens,
             (std::vector<std::string>{"my", "old", "dog", "sleeps", "</s>"}));
    QCOMPARE(matrix->heatmap()->alignment().source_tokens, foreign_matrix().alignment.source_tokens);
    QVERIFY(same_values(matrix->heatmap()->shownValues(), foreign_matrix().alignment.primary().weights));
    QCOMPARE(matrix->translationText(), QString("the red car"));
    QVERIFY2(window_->statusText().contains(QString("%1 panes visible").arg(test_models().size() + 1)),
             qPrintable(window_->statusText()));
  }

  void aMalformedMatrixFileShowsTheReadersMessageAndKeepsThePanes() {
    type_sentence(*window_, "the red car");
    QTemporaryDir dir;
    const QString bad = write_file(dir, "ragged.csv", "dump,das,Auto,</s>\nthe,0.5,0.5\n");
    open_matrix(*window_, bad);
    const QString error = UserDialogs::instance().lastError();
    QVERIFY2(error.contains("ragged.csv") && error.contains("2 weights"), qPrintable(error));
    QCOMPARE(window_->paneGrid()->panes().size(), size_t(test_models().size()));
    for (ModelPane* pane : window_->paneGrid()->panes()) QVERIFY(pane->hasAlignment());
  }

  void togglingAMatrixPaneHidesItAndForgetsIt() {
    QTemporaryDir dir;
    open_matrix(*window_, write_matrices(dir, "dump.csv", {foreign_matrix()}));
    ModelPane* pane = window_->paneGrid()->panes().back();
    window_->paneAction(pane)->trigger();
    QVERIFY(!pane->isVisible());
    QCOMPARE(window_->paneGrid()->visiblePanes().size(), size_t(test_models().size()));
    window_->paneAction(pane)->trigger();
    QVERIFY(pane->isVisible());
    window_->paneAction(pane)->trigger();
    window_->close();
    QVERIFY2(AppSettings().load().hidden_panes.isEmpty(), "a matrix pane is not reopened, so its switch is not kept");
  }

  // Two models, so that the matrices after them have keys (Alt+1..9 only).
  void closingAMatrixPaneRemovesItAndRenumbersThePaneKeys() {
    const QStringList models = test_models().mid(0, 2);
    window_ = std::make_unique<MainWindow>();
    QCOMPARE(window_->openModels(models), models.size());
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    type_sentence(*window_, "the red car");
    QTemporaryDir dir;
    open_matrix(*window_, write_matrices(dir, "first.csv", {foreign_matrix()}));
    open_matrix(*window_, write_matrices(dir, "second.csv", {foreign_matrix()}));
    const auto& panes = window_->paneGrid()->panes();
    QPointer<ModelPane> first = panes.at(panes.size() - 2);
    ModelPane* second = panes.back();
    for (const ModelPane* model : window_->paneGrid()->panes())
      if (model->followsSentence()) QVERIFY(!model->findChild<QToolButton*>("closePane"));
    QTest::mouseClick(first->findChild<QToolButton*>("closePane"), Qt::LeftButton);
    QTRY_VERIFY(first.isNull());
    QCOMPARE(window_->paneGrid()->panes().size(), size_t(models.size() + 1));
    QCOMPARE(window_->paneGrid()->visiblePanes().size(), size_t(models.size() + 1));
    QCOMPARE(window_->paneAction(second)->shortcut(), QKeySequence(QString("Alt+%1").arg(models.size() + 1)));
    window_->paneGrid()->focusNeighbourPane(1);  // no pointer to the closed pane is left behind
    const QString path = dir.filePath("grid.json");
    ExportDialog::setNextFileName(path);
    window_->findChild<QAction*>("exportGrid")->trigger();
    QCOMPARE(read_matrix_file(path.toStdString()).size(), size_t(models.size() + 1));
  }

  void exportingTheGridRecordsTheMatrixPanesProvenance() {
    type_sentence(*window_, "the red car");
    QTemporaryDir dir;
    const QString opened = write_matrices(dir, "dump.csv", {foreign_matrix()});
    open_matrix(*window_, opened);
    const QString path = dir.filePath("grid.json");
    ExportDialog::setNextFileName(path);
    window_->findChild<QAction*>("exportGrid")->trigger();
    const ModelAlignments written = read_matrix_file(path.toStdString());
    QCOMPARE(written.size(), size_t(test_models().size() + 1));
    QCOMPARE(QString::fromStdString(written.back().model.name), QString("fairseq-de-en"));
    QCOMPARE(written.back().alignment.source_tokens, foreign_matrix().alignment.source_tokens);
    QTest::keyClick(window_.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!QGuiApplication::clipboard()->image().isNull());
  }

  void droppingMatrixFilesOpensThemWithTheirTokensFile() {
    QTemporaryDir dir;
    const QString npy = write_matrices(dir, "dump.npy", {foreign_matrix()});
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(npy), QUrl::fromLocalFile(dir.filePath("dump.tokens.json"))});
    // Straight to the window's handlers, as a drag from a file manager
    // reaches them: the offscreen platform has no drag to start, and
    // QApplication::sendEvent did not deliver a hand-made drop.
    QObject* window = window_.get();
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    window->event(&enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    window->event(&drop);
    QVERIFY2(UserDialogs::instance().lastError().isEmpty(), qPrintable(UserDialogs::instance().lastError()));
    QCOMPARE(window_->paneGrid()->panes().size(), size_t(test_models().size() + 1));
    QCOMPARE(window_->paneGrid()->panes().back()->heatmap()->alignment().target_tokens,
             foreign_matrix().alignment.target_tokens);
  }

  void exportingTheGridWritesOnePictureOfEveryVisiblePane() {
    type_sentence(*window_, "the red car");
    QTemporaryDir dir;
    const QString path = dir.filePath("grid.png");
    ExportDialog::setNextFileName(path);
    ExportDialog::setNextDpi(50);
    window_->findChild<QAction*>("exportGrid")->trigger();
    const QImage picture(path);
    QVERIFY2(!picture.isNull(), qPrintable(path));
    ExportDialog::setNextFileName(dir.filePath("pane.png"));
    ExportDialog::setNextDpi(50);
    window_->findChild<QAction*>("exportPane")->trigger();
    const QImage pane(dir.filePath("pane.png"));
    QVERIFY(!pane.isNull());
    QVERIFY2(picture.width() > pane.width(), "the grid holds more panes than the active pane alone");
  }

  void settingsAreRestoredOnASecondStart() {
    const QString hidden = window_->paneGrid()->panes().at(0)->modelName();
    window_->paneAction(window_->paneGrid()->panes().at(0))->trigger();
    type_sentence(*window_, "my old dog sleeps");
    window_->resize(1234, 777);
    window_->close();
    window_ = std::make_unique<MainWindow>();
    window_->openModels(test_models());
    window_->restoreSession();
    window_->show();
    translate(*window_);
    QTest::qWait(200);  // past the panes' relayout once their results are in
    QCOMPARE(window_->sentenceBar()->sentence(), QString("my old dog sleeps"));
    QCOMPARE(window_->size(), QSize(1234, 777));
    QVERIFY(!window_->paneGrid()->isPaneVisible(window_->paneGrid()->paneNamed(hidden)));
    QVERIFY(window_->paneGrid()->visiblePanes().front()->hasAlignment());
  }

  // A Transformer pane lists long map names ("decoder self-attention layer 2
  // head 4") and a long title: neither may force the window wider than a
  // small laptop screen.
  void everyPaneFitsASmallWindowAfterTranslating() {
    type_sentence(*window_, "the old man reads a long book in the garden.");
    QTest::qWait(200);
    QVERIFY2(window_->paneGrid()->visiblePanes().size() >= 5, "the shipped models each have a pane");
    QVERIFY2(window_->minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(window_->minimumSizeHint().width())));
    window_->resize(1024, 700);
    QTest::qWait(50);
    QCOMPARE(window_->width(), 1024);
  }

  void corruptSettingsFallBackToDefaults() {
    window_.reset();
    QSettings settings;
    settings.setValue("view/colorMap", "plaid");
    settings.setValue("decoding/beamWidth", "many");
    settings.setValue("view/values", "perhaps");
    settings.setValue("window/geometry", QByteArray("\x01\x02garbage"));
    settings.sync();
    const SavedState state = AppSettings().load();
    QCOMPARE(state.options.heatmap.color_map, ColorMapName::Viridis);
    QCOMPARE(state.beam_width, 1);
    QCOMPARE(state.options.heatmap.show_values, false);
    window_ = std::make_unique<MainWindow>();
    QCOMPARE(window_->openModels(test_models()), test_models().size());
    window_->restoreSession();
  }

  void aRandomExampleShowsItsGoldAlignmentAndAer() {
    QTemporaryDir dir;
    SentencePair pair{{"the", "red", "car"}, {"la", "voiture", "rouge"}, {{{0, 0}, {2, 1}, {1, 2}}, {}}};
    write_split(dir.path().toStdString(), "test", {pair});
    qputenv("ATTNVIZ_CORPUS_DIR", dir.path().toUtf8());
    window_->findChild<QAction*>("randomExample")->trigger();
    qunsetenv("ATTNVIZ_CORPUS_DIR");
    translate(*window_);
    QCOMPARE(window_->sentenceBar()->sentence(), QString("the red car"));
    QCOMPARE(window_->sentenceBar()->reference(), QString("La voiture rouge"));
    QVERIFY(window_->sentenceBar()->isGoldLegendVisible());
    for (ModelPane* pane : window_->paneGrid()->visiblePanes()) {
      QVERIFY(pane->aer().has_value());
      QVERIFY2(pane->statisticsText().contains("AER"), qPrintable(pane->statisticsText()));
    }
    window_->sentenceBar()->setReference("la voiture bleue");
    translate(*window_);
    QVERIFY2(!window_->sentenceBar()->isGoldLegendVisible(), "another reference has no gold links");
  }

  void copyImageIsTheExportedPictureGoldRingsIncluded() {
    show_random_example(*window_);
    QTemporaryDir dir;
    const QString path = dir.filePath("grid.png");
    ExportDialog::setNextFileName(path);
    ExportDialog::setNextDpi(150);  // the clipboard's resolution
    window_->findChild<QAction*>("exportGrid")->trigger();
    QTest::keyClick(window_.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    const QImage exported = QImage(path).convertToFormat(QImage::Format_RGB32);
    const QImage copied = QGuiApplication::clipboard()->image().convertToFormat(QImage::Format_RGB32);
    QVERIFY(!exported.isNull());
    QCOMPARE(copied.size(), exported.size());
    QVERIFY2(copied == exported, "Copy image draws what Export draws");
  }

  void aLightExportFromTheDarkTheme() {
    apply_theme(*qApp, true);
    type_sentence(*window_, "the red car");
    QTemporaryDir dir;
    const QString path = dir.filePath("pane.png");
    ExportDialog::setNextFileName(path);
    ExportDialog::setNextDpi(50);
    window_->findChild<QAction*>("exportPane")->trigger();
    const QImage picture(path);
    QVERIFY2(!picture.isNull(), qPrintable(path));
    QCOMPARE(picture.pixelColor(2, 2), QColor(Qt::white));
    QVERIFY2(qGray(pane_pixel(*window_->paneGrid()->visiblePanes().front())) < 80, "the screen stays dark");
  }

  void theExportDialogSaysWhichPaneAndProposesAName() {
    type_sentence(*window_, "The old farmer saw the red car.");
    ModelPane* pane = window_->paneGrid()->visiblePanes().front();
    pane->heatmap()->setFocus();
    QTRY_COMPARE(window_->paneGrid()->activePane(), pane);
    QString heading, path;
    QTimer::singleShot(0, [&] {
      auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
      if (!dialog) return;
      heading = dialog->findChild<QLabel*>("exported")->text();
      path = dialog->findChild<QLineEdit*>("exportPath")->text();
      dialog->reject();
    });
    window_->findChild<QAction*>("exportPane")->trigger();
    QVERIFY2(heading.contains(pane->modelName()), qPrintable(heading));
    const QString name = QString("the-old-farmer-saw-the-red-car_%1.png").arg(pane->modelName());
    QVERIFY2(path.endsWith(name), qPrintable(path));
  }

  void hideEndOfSentenceWorksFromTheSentenceField() {
    type_sentence(*window_, "the red car");
    QLineEdit* field = window_->sentenceBar()->sentenceField();
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    field->setCursorPosition(0);
    QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
    ModelPane* pane = window_->paneGrid()->visiblePanes().front();
    QCOMPARE(pane->heatmap()->alignment().source_tokens.back(), std::string("car"));
    QCOMPARE(field->cursorPosition(), 0);  // the key went to the window, not to the end of the line
    QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);  // copying text stays the field's
    QCOMPARE(pane->heatmap()->alignment().source_tokens.back(), std::string("car"));
  }

  void switchingTheThemeRepaintsThePanesAtOnce() {
    apply_theme(*qApp, true);
    type_sentence(*window_, "the red car");
    ModelPane* pane = window_->paneGrid()->visiblePanes().front();
    QVERIFY(qGray(pane_pixel(*pane)) < 80);
    QAction* dark = window_->findChild<QAction*>("darkTheme");
    QVERIFY(dark->isChecked());
    dark->trigger();
    QTRY_VERIFY2(qGray(pane_pixel(*pane)) > 200, "the heatmap turned light without a restart");
    dark->trigger();
    QTRY_VERIFY(qGray(pane_pixel(*pane)) < 80);
  }

  void theComparisonOpensWideEnoughForItsTable() {
    window_->sentenceBar()->setReference("la voiture rouge");
    type_sentence(*window_, "the red car");
    QTest::keyClick(window_.get(), Qt::Key_D, Qt::ControlModifier);
    auto* table = window_->comparison()->findChild<QTableWidget*>();
    QTRY_VERIFY(table->isVisible());
    const QFontMetrics metrics = table->horizontalHeader()->fontMetrics();
    for (int column = 0; column < table->columnCount(); ++column) {
      const QString name = table->horizontalHeaderItem(column)->text();
      QVERIFY2(table->horizontalHeader()->sectionSize(column) > metrics.horizontalAdvance(name), qPrintable(name));
    }
  }

  void aClosedComparisonCatchesUpWhenOpened() {
    window_->sentenceBar()->setReference("la voiture rouge");
    type_sentence(*window_, "the red car");
    HeatmapPlot* plot = window_->comparison()->differencePlot();
    QVERIFY2(plot->isEmpty(), "nothing computed for a closed comparison");
    QTest::keyClick(window_.get(), Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(!plot->isEmpty());
    const ModelPane* first = window_->paneGrid()->visiblePanes().front();
    QCOMPARE(plot->alignment().target_tokens, first->shownAlignment().target_tokens);
    type_sentence(*window_, "the old man");
    QCOMPARE(plot->alignment().source_tokens, first->shownAlignment().source_tokens);
  }

  void theDifferenceMapIsDivergingAndCentredOnZero() {
    window_->sentenceBar()->setReference("la voiture rouge");
    type_sentence(*window_, "the red car");
    QTest::keyClick(window_.get(), Qt::Key_D, Qt::ControlModifier);
    QCPColorMap* map = nullptr;
    HeatmapPlot* plot = window_->comparison()->differencePlot();
    QTRY_VERIFY(!plot->isEmpty());
    for (int i = 0; i < plot->plottableCount() && !map; ++i) map = qobject_cast<QCPColorMap*>(plot->plottable(i));
    QVERIFY(map);
    QVERIFY(map->dataRange().upper > 0);
    QCOMPARE(map->dataRange().lower, -map->dataRange().upper);
    QCPColorGradient gradient = map->gradient();
    const QColor middle = gradient.color(0, map->dataRange());
    QVERIFY2(middle.lightness() > 230, "no difference is white");
    QVERIFY(qRed(gradient.color(map->dataRange().upper, map->dataRange())) > 150);
    QVERIFY(qBlue(gradient.color(map->dataRange().lower, map->dataRange())) > 150);
  }

  void unknownFrenchWordsInTheReferenceAreFlagged() {
    window_->sentenceBar()->setReference("la voiture zzqxv");
    type_sentence(*window_, "the red car");
    QCOMPARE(window_->sentenceBar()->unknownReferenceRanges(), (SentenceBar::Ranges{{11, 5}}));
    QVERIFY2(window_->sentenceBar()->noticeText().contains("\"zzqxv\""), qPrintable(window_->sentenceBar()->noticeText()));
  }

  void theGuideShowsEveryScoreFunctionWithItsEquation() {
    window_->findChild<QAction*>("guide")->trigger();
    auto* guide = window_->findChild<GuideDialog*>();
    QVERIFY(guide && guide->isVisible());
    const QString text = guide->page()->toPlainText();
    for (ScoreFunction score : kAllScoreFunctions) {
      QVERIFY2(text.contains(QString::fromUtf8(equation(score))), equation(score));
    }
    QVERIFY(text.contains("AER") && text.contains("entropy"));
    QVERIFY2(guide->page()->document()->resource(QTextDocument::ImageResource, QUrl(":/help/pane.svg")).isValid(),
             "the illustration loads");
  }

  // File > Train a model… opens one dialog, kept for the next time, and the
  // guide explains what it shows.
  void fileTrainAModelOpensTheTrainingDialog() {
    window_->findChild<QAction*>("trainModel")->trigger();
    auto* dialog = window_->findChild<TrainingDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->close();
    window_->findChild<QAction*>("trainModel")->trigger();
    QCOMPARE(window_->findChildren<TrainingDialog*>().size(), 1);
    QCOMPARE(dialog->pairsBox()->value(), 20000);
    window_->findChild<QAction*>("guide")->trigger();
    QVERIFY(window_->findChild<GuideDialog*>()->page()->toPlainText().contains("Watching a model learn"));
  }

  void theKeyboardPageListsEveryMenuKey() {
    window_->findChild<QAction*>("keyboard")->trigger();
    auto* keys = window_->findChild<KeyboardDialog*>();
    QVERIFY(keys && keys->isVisible());
    QStringList listed;
    for (QTreeWidgetItemIterator it(keys->table()); *it; ++it) listed << (*it)->text(0);
    for (QAction* action : window_->findChildren<QAction*>()) {
      if (action->shortcut().isEmpty() || !action->isVisible() || action->menu()) continue;
      QVERIFY2(listed.contains(action->shortcut().toString(QKeySequence::NativeText)), qPrintable(action->text()));
    }
  }

  void modelCardsPrintNumbersAsWritten() {
    std::vector<std::shared_ptr<const AttentionModel>> models;
    for (const ModelPane* pane : window_->paneGrid()->panes()) models.push_back(pane->model());
    ModelCardDialog cards(models);
    const auto rows = cards.findChildren<QTreeWidget*>().front()->findItems("learning_rate", Qt::MatchRecursive);
    if (rows.isEmpty()) QSKIP("the test models have no training card");
    QCOMPARE(rows.front()->text(1), QString("0.001"));
  }

  void theStatusBarCountsVisiblePanes() {
    type_sentence(*window_, "the red car");
    window_->paneAction(window_->paneGrid()->panes().front())->trigger();
    QTRY_VERIFY2(window_->statusText().contains(QString("%1 panes visible").arg(test_models().size() - 1)),
                 qPrintable(window_->statusText()));
  }

  void copyingAMatrixPutsTokensAndValuesOnTheClipboard() {
    type_sentence(*window_, "the red car");
    ModelPane* pane = window_->paneGrid()->visiblePanes().front();
    pane->heatmap()->setCurrentCell({0, 2});
    QTest::keyClick(window_.get(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.startsWith("\tthe\tred\tcar\t</s>\n"), qPrintable(text));
    QCOMPARE(text.count('\n'), int(pane->heatmap()->alignment().rows()) + 1);
  }

  void aShortLastRowOfPanesStillFillsTheWidth() {
    window_->resize(1600, 1000);
    window_->show();
    const auto panes = window_->paneGrid()->visiblePanes();
    if (panes.size() != 5) QSKIP("needs the five shipped models");
    QTRY_VERIFY(panes[4]->isVisible());
    QCOMPARE(panes[3]->geometry().left(), panes[0]->geometry().left());
    QVERIFY(std::abs(panes[4]->geometry().right() - panes[2]->geometry().right()) <= 2);
    QVERIFY(panes[3]->width() > panes[0]->width() * 1.3);
  }

  void f6MovesTheKeyboardToTheNextPaneOnTheSameCell() {
    type_sentence(*window_, "the red car");
    const auto panes = window_->paneGrid()->visiblePanes();
    QVERIFY(panes.size() >= 3);
    panes[0]->heatmap()->setFocus();
    panes[0]->heatmap()->setCurrentCell({1, 2});
    window_->findChild<QAction*>("nextPane")->trigger();
    QCOMPARE(window_->paneGrid()->activePane(), panes[1]);
    QCOMPARE(panes[1]->heatmap()->currentCell(), (Cell{1, 2}));
    window_->paneGrid()->focusNeighbourPane(-1);
    window_->paneGrid()->focusNeighbourPane(-1);
    QCOMPARE(window_->paneGrid()->activePane(), panes.back());
    QCOMPARE(panes.back()->heatmap()->currentCell(), (Cell{1, 2}));
  }

  void unknownWordsAreUnderlinedInTheFieldAndNamed() {
    type_sentence(*window_, "the zyzzyva saw the Qwxyz car");
    SentenceBar* bar = window_->sentenceBar();
    QCOMPARE(bar->unknownRanges(), (QList<QPair<int, int>>{{4, 7}, {20, 5}}));
    QVERIFY2(bar->noticeText().contains("zyzzyva") && bar->noticeText().contains("Qwxyz"), qPrintable(bar->noticeText()));
    QVERIFY(bar->sentenceField()->toolTip().contains("zyzzyva"));
    const auto marked = [bar] {
      const QImage field = bar->sentenceField()->grab().toImage();
      int orange = 0;
      for (int y = 0; y < field.height(); ++y)
        for (int x = 0; x < field.width(); ++x) {
          const QColor c = field.pixelColor(x, y);
          orange += c.hsvHue() >= 20 && c.hsvHue() <= 45 && c.hsvSaturation() > 80;  // #ff9800, antialiased
        }
      return orange;
    };
    QVERIFY(marked() > 10);
    type_sentence(*window_, "the red car");
    QVERIFY(bar->unknownRanges().isEmpty());
    QCOMPARE(marked(), 0);
  }

  void hostileInputNeitherCrashesNorCorruptsLabels_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("   \t ");
    QTest::newRow("invalid UTF-8") << QByteArray("the \xff\xfe car \xc3");
    QTest::newRow("NUL and controls") << QByteArray("the\0 red\x1b car", 13);
    QTest::newRow("emoji") << QByteArray("the 🚗 is red 👍🏽");
    QTest::newRow("right-to-left") << QByteArray("the \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d car \xd8\xb3\xd9\x84\xd8\xa7\xd9\x85");
    QTest::newRow("combining marks") << QByteArray("the cafe\xcc\x81 Z\xcd\x91\xcd\x92 car");
    QTest::newRow("100k characters") << QByteArray(100000, 'a').replace(7, 1, " ");
  }

  void hostileInputNeitherCrashesNorCorruptsLabels() {
    QFETCH(QByteArray, input);
    window_->sentenceBar()->setSentence(QString::fromUtf8(input));
    translate(*window_);
    QVERIFY(window_->sentenceBar()->sentence().size() <= SentenceBar::kMaxCharacters);
    for (ModelPane* pane : window_->paneGrid()->visiblePanes()) {
      QVERIFY(labels_are_clean(pane->heatmap()->alignment()));
      QCOMPARE(pane->hasAlignment(), !QString::fromUtf8(input).trimmed().isEmpty());
    }
    if (input.size() > SentenceBar::kMaxCharacters) {
      QVERIFY2(window_->sentenceBar()->noticeText().contains("cut"), qPrintable(window_->sentenceBar()->noticeText()));
    }
  }

 private:
  std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
