// "What if the decoder had chosen another word here?" (issue 16), in a
// pane of a shipped model: the row details offer the decoder's alternatives
// as links, a click decodes again from that word, the pane shows the branch
// beside the model's own translation and can go back.

#include "app/ModelPane.h"
#include "model/ModelFile.h"
#include "view/RowDetail.h"
#include "WindowTesting.h"

#include <QLabel>
#include <QtTest>

using namespace attnviz;
using namespace attnviz::ui;
using namespace attnviz::ui::testing;

namespace {

const char* const kSentence = "the red car is on the small table .";

QLabel* alternatives_label(const RowDetail& detail) {
  for (QLabel* label : detail.findChildren<QLabel*>())
    if (label->text().contains("top")) return label;
  return nullptr;
}

}  // namespace

class WhatIfPaneTest : public QObject {
  Q_OBJECT

 private slots:
  void init() {
    model_ = load_model(ATTNVIZ_MODELS_DIR "/dot.safetensors");
    pane_ = show_pane(model_);
    QVERIFY(QTest::qWaitForWindowExposed(pane_.get()));
    own_ = model_->translate(kSentence, {});
    pane_->setAlignment(own_);
  }

  void cleanup() { pane_.reset(); }

  // The branch is what the engine gives for that prefix: the rows before
  // the step and the chosen word forced, the rest decoded freely.
  void clickingAnAlternativeDecodesOnFromIt() {
    pane_->heatmap()->cellClicked({1, 0});
    RowDetail* detail = pane_->rowDetail();
    QTRY_VERIFY(detail->isVisible());
    QLabel* label = alternatives_label(*detail);
    QVERIFY(label);
    const std::string second = own_.steps[1].top[1].token;
    QVERIFY2(label->text().contains("href=\"choose:"), qPrintable(label->text()));
    emit label->linkActivated(QStringLiteral("choose:") + QUrl::toPercentEncoding(QString::fromStdString(second)));

    QVERIFY(pane_->showsWhatIf());
    DecodeOptions prefix;
    prefix.target_prefix = own_.target_tokens[0] + " " + second;
    const Alignment expected = model_->translate(kSentence, prefix);
    const Alignment& shown = pane_->shownAlignment();
    QCOMPARE(shown.target_tokens, expected.target_tokens);
    QCOMPARE(shown.target_tokens[1], second);
    QCOMPARE(shown.primary().weights, expected.primary().weights);
    QVERIFY2(pane_->translationText().contains("what if"), qPrintable(pane_->translationText()));
    QVERIFY(pane_->translationText().contains(QString::fromStdString(own_.translation)));
    QVERIFY(pane_->statisticsText().contains("back to the model"));
  }

  void goingBackShowsTheModelsOwnTranslationAgain() {
    pane_->continueWith(2, QString::fromStdString(own_.steps[2].top[1].token));
    QVERIFY(pane_->shownAlignment().target_tokens != own_.target_tokens);
    pane_->backToOwnTranslation();
    QVERIFY(!pane_->showsWhatIf());
    QCOMPARE(pane_->shownAlignment().target_tokens, own_.target_tokens);
    QCOMPARE(pane_->translationText(), QString::fromStdString(own_.translation));
  }

  void aNewSentenceEndsTheWhatIf() {
    pane_->continueWith(1, QString::fromStdString(own_.steps[1].top[1].token));
    pane_->setAlignment(model_->translate("the dog sleeps .", {}));
    QVERIFY(!pane_->showsWhatIf());
  }

  // A new sentence sets the pane's gold, alignment and title: the heatmap
  // draws once for all of them (bench/frame_time's drawing).
  void aNewSentenceIsDrawnOnce() {
    QSignalSpy drawn(pane_->heatmap(), &QCustomPlot::afterReplot);
    pane_->setAlignment(model_->translate("the dog sleeps .", {}));
    QCOMPARE(drawn.count(), 1);
  }

  void aForcedAlignmentOffersNoChoice() {
    pane_->setAlignment(model_->force(kSentence, "la voiture rouge est sur la petite table .", {}));
    pane_->heatmap()->cellClicked({1, 0});
    QTRY_VERIFY(pane_->rowDetail()->isVisible());
    QVERIFY(!alternatives_label(*pane_->rowDetail())->text().contains("href"));
    pane_->continueWith(1, "chat");
    QVERIFY(!pane_->showsWhatIf());
  }

 private:
  std::shared_ptr<const AttentionModel> model_;
  std::unique_ptr<ModelPane> pane_;
  Alignment own_;
};

QTEST_MAIN(WhatIfPaneTest)
#include "WhatIfPaneTest.moc"
