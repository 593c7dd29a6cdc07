// A Transformer in a pane (issue 13): the headline map first, any layer,
// head and kind of attention on demand, every head at a glance, on the
// fixture model that tests/core/TransformerParityTest checks against
// torch.nn.Transformer.

#include "alignment/HeadSummary.h"
#include "alignment/MapFocus.h"
#include "app/HeadsPopup.h"
#include "app/MapChooser.h"
#include "app/ModelPane.h"
#include "decoding/HeadImportance.h"
#include "export/ExportDialog.h"
#include "model/HeadMask.h"
#include "model/ModelFile.h"
#include "view/HeadGrid.h"
#include "WindowTesting.h"

#include <QPushButton>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace attnviz;
using namespace attnviz::ui;
using namespace attnviz::ui::testing;

namespace {

std::shared_ptr<const AttentionModel> fixture_transformer() {
  return load_model(ATTNVIZ_FIXTURES_DIR "/transformer/transformer.safetensors");
}

std::shared_ptr<const AttentionModel> fixture_seq2seq() {
  return load_model(ATTNVIZ_FIXTURES_DIR "/parity/additive.safetensors");
}

const AttentionMap& map_of(const Alignment& alignment, MapKind kind, int layer, int head) {
  return alignment.maps[*find_map(alignment, kind, layer, head)];
}

}  // namespace

class TransformerPaneTest : public QObject {
  Q_OBJECT

 private slots:
  void init() {
    model_ = fixture_transformer();
    pane_ = show_pane(model_);
    QVERIFY(QTest::qWaitForWindowExposed(pane_.get()));
    result_ = model_->translate("the red car .", {});
    pane_->setAlignment(result_);
  }

  void cleanup() { pane_.reset(); }

  void theHeadlineComesFirstAndEveryMapIsListed() {
    MapChooser* chooser = pane_->mapChooser();
    QVERIFY(chooser->isVisible());
    QCOMPARE(chooser->count(), int(result_.maps.size()));
    QVERIFY(chooser->itemText(0).contains("headline"));
    QCOMPARE(pane_->heatmap()->alignment().primary().weights, result_.primary().weights);
  }

  void choosingEncoderSelfAttentionLabelsBothAxesWithTheSource() {
    pane_->mapChooser()->choose(MapKind::EncoderSelf, 1, 2);
    const Alignment& shown = pane_->heatmap()->alignment();
    QCOMPARE(shown.primary().weights, map_of(result_, MapKind::EncoderSelf, 1, 2).weights);
    QCOMPARE(shown.source_tokens, result_.source_tokens);
    QCOMPARE(shown.target_tokens, result_.source_tokens);
  }

  void theChoiceSurvivesTheNextSentence() {
    pane_->mapChooser()->choose(MapKind::DecoderSelf, 0, 3);
    const Alignment next = model_->translate("my zebra is green .", {});
    pane_->setAlignment(next);
    QCOMPARE(pane_->heatmap()->alignment().primary().weights, map_of(next, MapKind::DecoderSelf, 0, 3).weights);
    QCOMPARE(pane_->heatmap()->alignment().source_tokens, next.labels(MapAxis::DecoderInput));
    QCOMPARE(pane_->mapChooser()->currentText(), QString("decoder_self, layer 0, head 3"));
  }

  void clickingAHeadInTheGridShowsIt() {
    pane_->findChild<QToolButton*>("headsButton")->click();
    HeadsPopup* popup = pane_->headsPopup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->kinds()->count(), 3);
    popup->kinds()->setCurrentIndex(1);  // encoder self-attention
    HeadGrid* grid = popup->grid();
    QCOMPARE(grid->sizeHint().height() > 2 * HeadGrid::kThumbnail, true);
    QTest::mouseClick(grid, Qt::LeftButton, {}, grid->thumbnailRect(1, 3).center());
    QTRY_VERIFY(!popup->isVisible());
    const AttentionMap& shown = pane_->heatmap()->alignment().primary();
    QCOMPARE(shown.kind, MapKind::EncoderSelf);
    QCOMPARE(shown.layer, 1);
    QCOMPARE(shown.head, 3);
  }

  void theGridDrawsEachHeadOnTheColourScale() {
    pane_->showHeads();
    HeadGrid* grid = pane_->headsPopup()->grid();
    QTRY_VERIFY(grid->isVisible());
    const QImage picture = grid->grab().toImage();
    const QRect first = grid->thumbnailRect(0, 0);
    QSet<QRgb> colours;
    for (int y = first.top(); y <= first.bottom(); y += 3)
      for (int x = first.left(); x <= first.right(); x += 3) colours.insert(picture.pixel(x, y));
    QVERIFY2(colours.size() > 3, "a head's thumbnail shows its weights, not one flat colour");
  }

  // Entropy and confidence of each head, as core's summary computes them.
  void eachHeadCarriesItsNumbers() {
    pane_->showHeads();
    HeadGrid* grid = pane_->headsPopup()->grid();
    QTRY_VERIFY(grid->isVisible());
    const HeadSummary summary = summarise_head(result_, *find_map(result_, MapKind::Cross, 1, 2), std::nullopt);
    const QString badge = grid->badgeText(1, 2);
    QVERIFY2(badge.contains(QString::number(summary.entropy, 'f', 2)), qPrintable(badge));
    QVERIFY2(badge.contains(QString::number(summary.confidence, 'f', 2)), qPrintable(badge));
  }

  // The grid's context menu asks for a head off; the pane decodes without
  // it, exactly as the engine does, beside the model's own translation.
  void switchingAHeadOffDecodesWithoutItAndBackAgain() {
    pane_->showHeads();
    HeadsPopup* popup = pane_->headsPopup();
    QTRY_VERIFY(popup->isVisible());
    const HeadRef head{MapKind::Cross, 1, 0};
    emit popup->grid()->headSwitched(head, true);
    DecodeOptions options;
    options.masked_heads = {head};
    const Alignment expected = model_->translate("the red car .", options);
    QVERIFY(pane_->showsWhatIf());
    QCOMPARE(pane_->whatIf().request().masked_heads, std::vector<HeadRef>{head});
    QCOMPARE(pane_->heatmap()->alignment().primary().weights, expected.primary().weights);
    QVERIFY2(pane_->translationText().contains("heads off: cross:1:0"), qPrintable(pane_->translationText()));
    QCOMPARE(popup->grid()->switchedOff(), std::vector<HeadRef>{head});
    emit popup->grid()->headSwitched(head, false);
    QVERIFY(!pane_->showsWhatIf());
    QCOMPARE(pane_->heatmap()->alignment().primary().weights, result_.primary().weights);
  }

  void rankingListsEveryHeadAsTheEngineRanksThem() {
    pane_->showHeads();
    HeadsPopup* popup = pane_->headsPopup();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(popup->rankButton()->isVisible());
    popup->rankButton()->click();
    const std::vector<HeadEffect> expected = rank_heads(*model_, result_);
    QCOMPARE(popup->ranking()->topLevelItemCount(), int(expected.size()));
    QVERIFY(popup->ranking()->isVisible());
    for (int i : {0, int(expected.size()) - 1}) {
      const QTreeWidgetItem* row = popup->ranking()->topLevelItem(i);
      QCOMPARE(row->text(0), QString::fromStdString(to_string(expected[size_t(i)].head)));
      QCOMPARE(row->text(1), QString::number(expected[size_t(i)].logprob_change, 'f', 3));
    }
  }

  // Every cross-attention head as one figure: 2 layers of 4 heads are two
  // rows of four panes.
  void exportingTheHeadsDrawsALayerARow() {
    QTemporaryDir dir;
    const QString path = dir.filePath("heads.png");
    ExportDialog::setNextFileName(path);
    ExportDialog::setNextDpi(48);
    pane_->exportHeads(MapKind::Cross);
    const QImage figure(path);
    QVERIFY2(!figure.isNull(), qPrintable(path));
    QCOMPARE(figure.width(), 4 * HeatmapPicture::kPaneSize.width() / 2);
    QCOMPARE(figure.height(), 2 * HeatmapPicture::kPaneSize.height() / 2);
  }

  void aSeq2SeqPaneHasNoMapChoice() {
    ModelPane gru(fixture_seq2seq());
    gru.show();
    gru.setAlignment(gru.model()->translate("the red car", {}));
    QVERIFY(!gru.mapChooser()->isVisible());
    QVERIFY(!gru.findChild<QToolButton*>("headsButton")->isVisible());
  }

 private:
  std::shared_ptr<const AttentionModel> model_;
  std::unique_ptr<ModelPane> pane_;
  Alignment result_;
};

QTEST_MAIN(TransformerPaneTest)
#include "TransformerPaneTest.moc"
