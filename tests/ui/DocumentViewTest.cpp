// The document view's window with the shipped classifier, as a user meets
// it: typing a document highlights the sentence the attention weighed
// most, a hover names a word's numbers, the raw-weight switch changes the
// shading, every export writes its file, and an example from the
// corpus shows its gold evidence until its text is edited.
#include "app/DocumentWindow.h"
#include "view/DocumentView.h"

#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace attnviz;
using namespace attnviz::ui;

namespace {

const QString kModel = QStringLiteral(ATTNVIZ_MODELS_DIR "/documents/han.safetensors");
// Sentence 3 is the only affirmative statement about a class; the others
// ask about clothing, or negate food.
const QString kDocument =
    QStringLiteral("Where is the sweater? I never heated soup. The girls call cats. They did not smell the onion.");

}  // namespace

class DocumentViewTest : public QObject {
  Q_OBJECT

 private slots:
  void init() {
    window_ = std::make_unique<DocumentWindow>(kModel);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
  }

  void cleanup() { window_.reset(); }

  void typingADocumentHighlightsTheEvidenceSentenceAndTheClass() {
    QTest::keyClicks(window_->editor(), kDocument);
    const DocumentView* view = window_->view();
    QCOMPARE(view->highlightedSentence(), 2);
    QCOMPARE(view->classification().sentences.size(), size_t{4});
    QCOMPARE(view->classNames()[static_cast<size_t>(view->classification().predicted)], std::string("animals"));
  }

  void hoveringAWordNamesItsWeightAndItsSentences() {
    window_->editor()->setPlainText(kDocument);
    const QRectF cats = window_->view()->wordRect(2, 3);
    QVERIFY(!cats.isEmpty());
    const QString tip = window_->view()->toolTipAt(cats.center().toPoint());
    QVERIFY2(tip.startsWith("\"cats\": word weight 0.9"), qPrintable(tip));
    QVERIFY2(tip.contains("within sentence 3"), qPrintable(tip));
    QVERIFY(window_->view()->toolTipAt(QPoint(1, 1)).isEmpty());
  }

  void theRawSwitchShadesByTheWordWeightAlone() {
    window_->editor()->setPlainText(kDocument);
    QCOMPARE(window_->view()->shading(), WordShading::Scaled);
    window_->rawWeights()->click();
    QCOMPARE(window_->view()->shading(), WordShading::Raw);
  }

  void everyExportWritesItsFile() {
    window_->editor()->setPlainText(kDocument);
    QTemporaryDir dir;
    for (const char* name : {"doc.png", "doc.svg", "doc.pdf", "doc.json"}) {
      const QString path = dir.filePath(name);
      QCOMPARE(window_->exportTo(path), QString());
      QVERIFY2(QFileInfo(path).size() > 0, name);
    }
    QFile json(dir.filePath("doc.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject typed = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(typed["predicted"].toString(), QString("animals"));
    QVERIFY2(!typed.contains("gold"), "a typed document has no truth to export");
    QVERIFY(window_->exportTo(dir.filePath("doc.bmp")).contains("choose .png, .svg, .pdf or .json"));
  }

  // Chosen from the Examples menu as a user does; the sentence the model
  // weighed most is one the corpus's rule names as evidence.
  void anExampleOutlinesItsGoldEvidenceInPink() {
    chooseExample(1);
    const DocumentView* view = window_->view();
    const LabelledDocument& gold = window_->examples()[1].document;
    QVERIFY(view->gold().has_value());
    QVERIFY(std::count(gold.evidence_sentences.begin(), gold.evidence_sentences.end(), view->highlightedSentence()));
    QVERIFY2(statusText().contains("the corpus says animals"), qPrintable(statusText()));
    const QImage image = window_->view()->grab().toImage();
    for (const WordPosition& word : gold.evidence_words) {
      const QRectF rect = view->wordRect(word.sentence, word.word);
      QCOMPARE(image.pixelColor(int(rect.left()) - 2, int(rect.center().y())), QColor(255, 64, 129));
      QVERIFY(view->toolTipAt(rect.center().toPoint()).endsWith("; gold evidence"));
    }
  }

  // The numbers of an example carry the corpus's truth beside the model's.
  void anExamplesJsonExportHoldsItsGold() {
    chooseExample(1);
    QTemporaryDir dir;
    QCOMPARE(window_->exportTo(dir.filePath("example.json")), QString());
    QFile file(dir.filePath("example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject gold = QJsonDocument::fromJson(file.readAll()).object()["gold"].toObject();
    const LabelledDocument& truth = window_->examples()[1].document;
    QCOMPARE(gold["class"].toString(), QString("animals"));
    QCOMPARE(gold["evidence_sentences"].toArray().size(), qsizetype(truth.evidence_sentences.size()));
    const QJsonArray first = gold["evidence_words"].toArray().first().toArray();
    QCOMPARE(first[0].toInt(), truth.evidence_words.front().sentence);
    QCOMPARE(first[1].toInt(), truth.evidence_words.front().word);
  }

  // Edited, the text is no longer the corpus's document: its truth is gone.
  void editingAnExampleRemovesItsGold() {
    chooseExample(0);
    QVERIFY(window_->view()->gold().has_value());
    const WordPosition word = window_->examples()[0].document.evidence_words.front();
    window_->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window_->editor(), " The girls call cats.");
    QVERIFY(!window_->view()->gold().has_value());
    QVERIFY(!statusText().contains("the corpus says"));
    const QRectF rect = window_->view()->wordRect(word.sentence, word.word);
    const QImage image = window_->view()->grab().toImage();
    QVERIFY(image.pixelColor(int(rect.left()) - 2, int(rect.center().y())) != QColor(255, 64, 129));
  }

  void anEmptyDocumentShowsNothing() {
    window_->editor()->setPlainText(kDocument);
    window_->editor()->clear();
    QCOMPARE(window_->view()->highlightedSentence(), -1);
  }

 private:
  void chooseExample(int index) {
    auto* button = window_->findChild<QToolButton*>("examplesButton");
    QVERIFY(button != nullptr);
    const QList<QAction*> actions = button->menu()->actions();
    QCOMPARE(actions.size(), qsizetype(window_->examples().size()));
    actions[index]->trigger();
  }
  QString statusText() const { return window_->findChild<QLabel*>("documentStatus")->text(); }

  std::unique_ptr<DocumentWindow> window_;
};

QTEST_MAIN(DocumentViewTest)
#include "DocumentViewTest.moc"
