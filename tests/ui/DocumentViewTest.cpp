// The document view's window with the shipped classifier, as a user meets
// it: typing a document highlights the sentence the attention weighed
// most, a hover names a word's numbers, the raw-weight switch changes the
// shading, and every export writes its file.
#include "app/DocumentWindow.h"
#include "view/DocumentView.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QtTest>

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
    QCOMPARE(QJsonDocument::fromJson(json.readAll()).object()["predicted"].toString(), QString("animals"));
    QVERIFY(window_->exportTo(dir.filePath("doc.bmp")).contains("choose .png, .svg, .pdf or .json"));
  }

  void anEmptyDocumentShowsNothing() {
    window_->editor()->setPlainText(kDocument);
    window_->editor()->clear();
    QCOMPARE(window_->view()->highlightedSentence(), -1);
  }

 private:
  std::unique_ptr<DocumentWindow> window_;
};

QTEST_MAIN(DocumentViewTest)
#include "DocumentViewTest.moc"
