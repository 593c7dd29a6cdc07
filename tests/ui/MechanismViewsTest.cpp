// Attention mechanisms side by side (issue 14): a local model's pane draws
// each step's window as a band with p_t marked, a global one draws none,
// and View > Compare > By mechanism opens one pane per mechanism with the
// same score function inside. On the PyTorch parity fixtures, whose
// windows tests/core/PytorchParityTest checks against the reference.

#include "WindowTesting.h"
#include "app/ModelPane.h"
#include "app/PaneGrid.h"
#include "app/UserDialogs.h"
#include "model/ModelFile.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace attnviz;
using namespace attnviz::ui;
using namespace attnviz::ui::testing;

namespace {

const QString kFixtures = ATTNVIZ_FIXTURES_DIR "/parity/";

// The band's cyan (CellOverlay's kWindowColor): no colour map has it.
int window_band_pixels(ModelPane& pane) {
  const QImage image = pane.heatmap()->grab().toImage();
  int count = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      if (c.red() < 60 && c.green() > 200 && c.blue() > 230) ++count;
    }
  return count;
}

QStringList model_names(const std::vector<ModelPane*>& panes) {
  QStringList names;
  for (const ModelPane* pane : panes) names << pane->modelName();
  return names;
}

}  // namespace

class MechanismViewsTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    UserDialogs::instance().setRecordOnly(true);
  }

  void aLocalPaneDrawsItsWindowAndAGlobalPaneDrawsNone() {
    for (const auto& [file, band] : {std::pair{"local_p_additive", true}, {"local_m_general", true}, {"additive", false}}) {
      std::shared_ptr<const AttentionModel> model = load_model((kFixtures + file + ".safetensors").toStdString());
      ModelPane pane(model);
      pane.resize(600, 500);
      pane.show();
      QVERIFY(QTest::qWaitForWindowExposed(&pane));
      pane.setAlignment(model->translate("the red car . the car", {}));  // two sentences: each keeps its windows
      const AttentionMap& shown = pane.heatmap()->alignment().primary();
      QCOMPARE(shown.window > 0, band);
      QCOMPARE(shown.window_centres.size(), band ? size_t(pane.heatmap()->alignment().rows()) : size_t(0));
      const int pixels = window_band_pixels(pane);
      QVERIFY2(band ? pixels > 50 : pixels == 0, qPrintable(QString("%1: %2 band pixels").arg(file).arg(pixels)));
    }
  }

  void theTooltipGivesTheStepsWindow() {
    std::shared_ptr<const AttentionModel> model = load_model((kFixtures + "local_p_additive.safetensors").toStdString());
    ModelPane pane(model);
    pane.setAlignment(model->translate("the red car .", {}));
    const QString tip = pane.heatmap()->cellToolTip({0, 0});
    QVERIFY2(tip.contains("window: p_t = ") && tip.contains("D = 2"), qPrintable(tip));
  }

  void theMechanismPresetShowsOnePanePerMechanismWithTheSharedScore() {
    QSettings().clear();
    MainWindow window;
    QStringList files;
    for (const char* name : {"dot", "additive", "general", "local_m_additive", "local_m_general", "local_p_additive", "local_p_dot"})
      files << kFixtures + name + ".safetensors";
    QCOMPARE(window.openModels(files), files.size());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>("compareByMechanism")->trigger();
    QCOMPARE(model_names(window.paneGrid()->visiblePanes()), QStringList({"additive", "local_m_additive", "local_p_additive"}));
    type_sentence(window, "the red car .");
    QTest::qWait(200);  // past the panes' relayout
    for (ModelPane* pane : window.paneGrid()->visiblePanes()) {
      const bool local = pane->info().mechanism != "global";
      QCOMPARE(window_band_pixels(*pane) > 0, local);
    }
    window.findChild<QAction*>("compareByScore")->trigger();
    QCOMPARE(model_names(window.paneGrid()->visiblePanes()), QStringList({"dot", "general", "additive"}));
  }
};

QTEST_MAIN(MechanismViewsTest)
#include "MechanismViewsTest.moc"
