// A hard attention model in a pane (issue 14): the heatmap shows one lit
// cell per row, the step's chosen position, and the map chooser offers the
// policy it was chosen from as the second view. On the fixture model that
// tests/core/PytorchParityTest checks against PyTorch.

#include "app/MapChooser.h"
#include "app/ModelPane.h"
#include "model/ModelFile.h"
#include "view/HeatmapPlot.h"
#include "WindowTesting.h"

#include <QToolButton>
#include <QtTest>

using namespace attnviz;
using namespace attnviz::ui;
using namespace attnviz::ui::testing;

class HardPaneTest : public QObject {
  Q_OBJECT

 private slots:
  void init() {
    model_ = load_model(ATTNVIZ_FIXTURES_DIR "/parity/hard_additive.safetensors");
    pane_ = show_pane(model_);
    QVERIFY(QTest::qWaitForWindowExposed(pane_.get()));
    result_ = model_->translate("the red car .", {});
    pane_->setAlignment(result_);
  }

  void cleanup() { pane_.reset(); }

  void theHeadlineRowsAreOneHot() {
    const RowMatrix& shown = pane_->heatmap()->shownValues();
    QCOMPARE(shown.rows(), result_.rows());
    QVERIFY(shown.rows() > 1);
    for (Eigen::Index t = 0; t < shown.rows(); ++t) {
      QCOMPARE((shown.row(t).array() == 1.0f).count(), Eigen::Index(1));
      QCOMPARE((shown.row(t).array() == 0.0f).count(), shown.cols() - 1);
    }
  }

  // What the user sees: in every row the chosen cell's colour, and one
  // other colour (weight 0) in every other cell.
  void theHeatmapDrawsOneCellPerRow() {
    HeatmapPlot* heatmap = pane_->heatmap();
    QTRY_VERIFY(heatmap->viewport().cellPixels() >= HeatmapPlot::kReadableCell);
    const QImage image = heatmap->grab().toImage();
    const RowMatrix& shown = heatmap->shownValues();
    Eigen::Index chosen_col = 0;
    shown.row(0).maxCoeff(&chosen_col);
    const QColor lit = image.pixelColor(heatmap->cellCenter({0, int(chosen_col)}));
    const QColor dark = image.pixelColor(heatmap->cellCenter({0, chosen_col == 0 ? 1 : 0}));
    QVERIFY(lit != dark);
    for (int t = 0; t < int(shown.rows()); ++t) {
      int lit_cells = 0;
      for (int i = 0; i < int(shown.cols()); ++i) {
        const QColor colour = image.pixelColor(heatmap->cellCenter({t, i}));
        QVERIFY2(colour == lit || colour == dark, qPrintable(QString("row %1, column %2").arg(t).arg(i)));
        lit_cells += colour == lit;
      }
      QCOMPARE(lit_cells, 1);
    }
  }

  // The policy is not a head: no head grid for a hard model.
  void theHeadGridButtonStaysHidden() {
    QToolButton* heads = pane_->findChild<QToolButton*>("headsButton");
    QVERIFY(heads != nullptr);
    QVERIFY(!heads->isVisible());
  }

  void theChooserOffersThePolicyAsTheSecondView() {
    MapChooser* chooser = pane_->mapChooser();
    QVERIFY(chooser->isVisible());
    QCOMPARE(chooser->count(), 2);
    QVERIFY(chooser->itemText(0).contains("headline"));
    QCOMPARE(chooser->itemText(1), QString("policy"));
    chooser->choose(MapKind::Cross, 0, kPolicy);
    const RowMatrix& shown = pane_->heatmap()->shownValues();
    QCOMPARE(shown, result_.maps[1].weights);
    for (Eigen::Index t = 0; t < shown.rows(); ++t) {
      QVERIFY(std::abs(shown.row(t).sum() - 1.0f) < 1e-5f);
      QVERIFY((shown.row(t).array() > 0.0f).count() > 1);  // a distribution, not a choice
    }
  }

 private:
  std::shared_ptr<const AttentionModel> model_;
  std::unique_ptr<ModelPane> pane_;
  Alignment result_;
};

QTEST_MAIN(HardPaneTest)
#include "HardPaneTest.moc"
