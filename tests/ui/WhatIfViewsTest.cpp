// The views of "what if" in a model pane (issue 16), on a shipped model:
// step through the decoding, go on from another word (chosen or typed),
// see the branch beside the model's own with their difference, click a
// node of the beam tree, mask a source word or pin a step from the
// heatmap's menu. Every result is checked against the engine's own.

#include "alignment/AttentionStatistics.h"
#include "alignment/BranchComparison.h"
#include "app/BeamTreeWindow.h"
#include "app/BranchView.h"
#include "app/InterventionMenu.h"
#include "app/ModelPane.h"
#include "app/StepBar.h"
#include "decoding/BranchDecoding.h"
#include "model/ModelFile.h"
#include "view/BeamTreeView.h"
#include "view/LogProbText.h"
#include "view/RowDetail.h"
#include "WindowTesting.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSlider>
#include <QToolButton>
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

QAction* action_named(QMenu* menu, const char* name) {
  for (QAction* action : menu->actions())
    if (action->objectName() == name) return action;
  return nullptr;
}

}  // namespace

class WhatIfViewsTest : public QObject {
  Q_OBJECT

 private slots:
  void init() {
    model_ = load_model(ATTNVIZ_MODELS_DIR "/dot.safetensors");
    pane_ = show_pane(model_, {1200, 800});
    QVERIFY(QTest::qWaitForWindowExposed(pane_.get()));
    own_ = model_->translate(kSentence, {});
    pane_->setAlignment(own_);
  }

  void cleanup() { pane_.reset(); }

  // The slider (and [ ]) walk the steps: the rows after the step are
  // veiled and the details show the step's row, its context's top source
  // words and the decoder's alternatives.
  void theStepSliderWalksTheDecoding() {
    pane_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(pane_.get()));
    pane_->findChild<QToolButton*>("stepsButton")->click();
    QVERIFY(pane_->stepping());
    QSlider* slider = pane_->stepBar()->slider();
    QCOMPARE(slider->maximum(), int(own_.rows()) - 1);
    slider->setValue(2);
    QCOMPARE(pane_->heatmap()->marks().revealed_rows, 3);
    QCOMPARE(pane_->heatmap()->marks().step_row, 2);
    RowDetail* detail = pane_->rowDetail();
    QVERIFY(detail->isVisible());
    QCOMPARE(detail->row(), 2);
    const int top = top_columns(own_.primary().weights.row(2), 1).front();
    QVERIFY2(detail->contextText().contains(QString::fromStdString(own_.source_tokens[size_t(top)])),
             qPrintable(detail->contextText()));
    for (const Alternative& alternative : own_.steps[2].top) {
      QVERIFY(detail->alternativesText().contains(QString::fromStdString(alternative.token)));
      QVERIFY(detail->alternativesText().contains(QString::number(alternative.probability, 'f', 3)));
    }
    QVERIFY(pane_->stepBar()->text().contains(QString::fromStdString(own_.target_tokens[2])));

    QTest::keyClick(pane_->heatmap(), Qt::Key_BracketRight);
    QCOMPARE(pane_->stepBar()->step(), 3);
    QCOMPARE(detail->row(), 3);
    QTest::keyClick(pane_->heatmap(), Qt::Key_BracketLeft);
    QTest::keyClick(pane_->heatmap(), Qt::Key_BracketLeft);
    QCOMPARE(pane_->heatmap()->marks().revealed_rows, 2);

    pane_->findChild<QToolButton*>("stepsButton")->click();
    QVERIFY(!pane_->stepping());
    QCOMPARE(pane_->heatmap()->marks().revealed_rows, -1);
  }

  // An alternative chosen while stepping: the pane goes on from it, stays
  // on that step, and draws the model's own and the difference beside it.
  void anAlternativeAtAStepIsDrawnBesideTheOriginal() {
    pane_->setStepping(true);
    pane_->stepBar()->setStep(2);
    const std::string second = own_.steps[2].top[1].token;
    QLabel* label = alternatives_label(*pane_->rowDetail());
    QVERIFY(label);
    emit label->linkActivated(QStringLiteral("choose:") + QUrl::toPercentEncoding(QString::fromStdString(second)));

    DecodeOptions prefix;
    prefix.target_prefix = own_.target_tokens[0] + " " + own_.target_tokens[1] + " " + second;
    const Alignment expected = model_->translate(kSentence, prefix);
    QCOMPARE(pane_->shownAlignment().target_tokens, expected.target_tokens);
    QCOMPARE(pane_->stepBar()->step(), 2);
    QVERIFY(pane_->rowDetail()->isVisible());

    BranchView* beside = pane_->branchView();
    QVERIFY(beside->isVisible());
    QCOMPARE(beside->ownPlot()->alignment().target_tokens, own_.target_tokens);
    QCOMPARE(beside->ownPlot()->alignment().primary().weights, own_.primary().weights);
    const BranchComparison comparison = compare_branch(own_, expected);
    QCOMPARE(beside->differencePlot()->alignment().primary().weights, comparison.difference->primary().weights);
    QCOMPARE(beside->differencePlot()->alignment().target_tokens, comparison.difference->target_tokens);
    QCOMPARE(pane_->heatmap()->marks().changed_rows, comparison.changed);
    QCOMPARE(beside->ownPlot()->marks().changed_rows, comparison.own_changed);

    pane_->backToOwnTranslation();
    QVERIFY(!beside->isVisible());
    QCOMPARE(pane_->shownAlignment().target_tokens, own_.target_tokens);
  }

  // Any word can be typed for a step; it is forced like a chosen one.
  void aTypedWordIsForcedAtTheStep() {
    pane_->setStepping(true);
    pane_->stepBar()->setStep(1);
    QLineEdit* other = pane_->rowDetail()->otherWord();
    QVERIFY(other->isVisible());
    other->setText(QStringLiteral("moto"));
    QTest::keyClick(other, Qt::Key_Return);
    DecodeOptions prefix;
    prefix.target_prefix = own_.target_tokens[0] + " moto";
    QCOMPARE(pane_->shownAlignment().target_tokens, model_->translate(kSentence, prefix).target_tokens);
    QVERIFY2(pane_->translationText().contains("“moto” at step 2"), qPrintable(pane_->translationText()));
  }

  // With a beam, the ⋔ opens the tree; a click on a node shows the
  // engine's decoding of that hypothesis.
  void clickingABeamNodeShowsItsHypothesis() {
    DecodeOptions beam;
    beam.beam_width = 3;
    beam.record_beam_tree = true;
    const Alignment own = model_->translate(kSentence, beam);
    pane_->setAlignment(own);
    QToolButton* tree_button = pane_->findChild<QToolButton*>("beamTreeButton");
    QVERIFY(tree_button->isVisible());
    tree_button->click();
    BeamTreeWindow* window = pane_->beamTreeWindow();
    QVERIFY(window && window->isVisible());
    const BeamTree& tree = *own.beam_tree;
    QCOMPARE(window->view()->tree().nodes.size(), tree.nodes.size());
    const auto other = std::find_if(tree.nodes.begin(), tree.nodes.end(),
                                    [](const BeamNode& node) { return node.final && !node.best; });
    QVERIFY(other != tree.nodes.end());
    QTest::mouseClick(window->view(), Qt::LeftButton, {}, window->view()->nodeRect(other->id).center());

    const Alignment expected = decode_beam_node(*model_, own, other->id);
    QCOMPARE(pane_->shownAlignment().target_tokens, hypothesis_tokens(tree, other->id));
    QCOMPARE(pane_->shownAlignment().primary().weights, expected.primary().weights);
    QCOMPARE(window->view()->selected(), std::optional<int>(other->id));
    QVERIFY(pane_->translationText().contains("beam hypothesis"));
    pane_->backToOwnTranslation();
    QCOMPARE(pane_->shownAlignment().target_tokens, own.target_tokens);
    QCOMPARE(window->view()->selected(), std::nullopt);
  }

  void greedyDecodingHasNoTree() {
    QVERIFY(!pane_->findChild<QToolButton*>("beamTreeButton")->isVisible());
  }

  // Right-click a source word's label: mask it. The column is hatched, the
  // translation is the engine's with that word masked, and the cells of
  // that column are exactly 0.
  void maskingASourceWordFromTheHeatmap() {
    HeatmapPlot* plot = pane_->heatmap();
    const QPoint label(plot->cellCenter({0, 2}).x(), plot->axisRect()->rect().top() - 12);
    QMenu* menu = pane_->interventionMenu()->menuAt(label);
    QAction* mask = action_named(menu, "maskAction");
    QVERIFY(mask);
    QVERIFY2(mask->text().contains("“car”"), qPrintable(mask->text()));
    mask->trigger();

    DecodeOptions masked;
    masked.mask_source = {2};
    const Alignment expected = model_->translate(kSentence, masked);
    QCOMPARE(pane_->shownAlignment().target_tokens, expected.target_tokens);
    QVERIFY(pane_->shownAlignment().primary().weights.col(2).isZero(0));
    QCOMPARE(plot->marks().hatched_columns, std::vector<int>{2});
    QVERIFY2(pane_->translationText().contains("“car” masked"), qPrintable(pane_->translationText()));
    QVERIFY(pane_->translationText().contains(QString::fromStdString(expected.translation)));
    QVERIFY(pane_->branchView()->isVisible());

    // The same item again (the heatmap has moved over for the view beside
    // it) takes the mask back: the model's own.
    const QPoint moved(plot->cellCenter({0, 2}).x(), plot->axisRect()->rect().top() - 12);
    QAction* unmask = action_named(pane_->interventionMenu()->menuAt(moved), "maskAction");
    QVERIFY2(unmask->text() == "Unmask “car”", qPrintable(unmask->text()));
    unmask->trigger();
    QVERIFY(!pane_->showsWhatIf());
    QVERIFY(plot->marks().hatched_columns.empty());
  }

  void pinningAStepFromACell() {
    HeatmapPlot* plot = pane_->heatmap();
    QAction* pin = action_named(pane_->interventionMenu()->menuAt(plot->cellCenter({1, 0})), "pinAction");
    QVERIFY(pin);
    QVERIFY2(pin->text().contains("step 2") && pin->text().contains("“the”"), qPrintable(pin->text()));
    pin->trigger();
    DecodeOptions pinned;
    pinned.pins = {{1, 0}};
    const Alignment expected = model_->translate(kSentence, pinned);
    QCOMPARE(pane_->shownAlignment().primary().weights, expected.primary().weights);
    QCOMPARE(plot->marks().pinned, (std::vector<Cell>{{1, 0}}));
    QVERIFY(pane_->translationText().contains("step 2 pinned to “the”"));
  }

  // With </s> hidden the heatmap's columns skip each sentence's </s>: the
  // mask still reaches the word the user pointed at.
  void aMaskWithEndOfSentenceHiddenNamesTheWordShown() {
    const char* text = "the dog sleeps . the red car .";
    pane_->setAlignment(model_->translate(text, {}));
    PaneOptions options;
    options.hide_end_of_sentence = true;
    pane_->setOptions(options);
    QCOMPARE(pane_->shownAlignment().source_tokens[4], std::string("the"));
    pane_->toggleMask(6);  // "car" of the second sentence
    DecodeOptions masked;
    masked.mask_source = {7};
    QCOMPARE(pane_->whatIf().request().mask_source, std::vector<int>{7});
    QCOMPARE(pane_->whatIf().own().translation, model_->translate(text, {}).translation);
    QCOMPARE(pane_->shownAlignment().target_tokens, model_->translate(text, masked).target_tokens);
    QCOMPARE(pane_->heatmap()->marks().hatched_columns, std::vector<int>{6});
  }

  // Masking every word of the sentence is refused by the engine: the pane
  // says why and keeps what it showed.
  void aRefusedInterventionIsExplainedAndChangesNothing() {
    const Alignment small = model_->translate("the red car .", {});
    pane_->setAlignment(small);
    for (int column = 0; column < 4; ++column) pane_->toggleMask(column);
    const std::vector<std::string> before = pane_->shownAlignment().target_tokens;
    pane_->toggleMask(4);
    QVERIFY2(pane_->statisticsText().startsWith("⚠"), qPrintable(pane_->statisticsText()));
    QCOMPARE(pane_->whatIf().request().mask_source, (std::vector<int>{0, 1, 2, 3}));
    QCOMPARE(pane_->shownAlignment().target_tokens, before);
  }

  // A forced alignment is forced again with the mask: the same reference,
  // the attention and its log-probability without the word, the model's own
  // forced alignment beside it.
  void maskingAWordOfAForcedAlignment() {
    const char* reference = "la voiture rouge est sur la petite table .";
    const Alignment forced = model_->force(kSentence, reference, {});
    pane_->setAlignment(forced);
    QMenu* menu = pane_->interventionMenu()->menuAt(pane_->heatmap()->cellCenter({1, 1}));
    QAction* pin = action_named(menu, "pinAction");
    QVERIFY(pin && pin->isEnabled());
    pane_->toggleMask(2);
    QVERIFY(pane_->showsWhatIf());
    DecodeOptions masked;
    masked.mask_source = {2};
    const Alignment expected = model_->force(kSentence, reference, masked);
    QCOMPARE(pane_->shownAlignment().target_tokens, forced.target_tokens);
    QCOMPARE(pane_->shownAlignment().primary().weights, expected.primary().weights);
    QVERIFY(pane_->shownAlignment().primary().weights.col(2).isZero(0));
    const QString line = pane_->translationText();
    QVERIFY2(line.contains("“car” masked") && line.contains("forced") &&
                 line.contains(format_logprob(expected.logprob)) && line.contains(format_logprob(forced.logprob)),
             qPrintable(line));
    QVERIFY(pane_->branchView()->isVisible());
  }

 private:
  std::shared_ptr<const AttentionModel> model_;
  std::unique_ptr<ModelPane> pane_;
  Alignment own_;
};

QTEST_MAIN(WhatIfViewsTest)
#include "WhatIfViewsTest.moc"
