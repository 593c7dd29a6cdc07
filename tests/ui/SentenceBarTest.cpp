// The sentence bar on its own, shown offscreen: the completer's list, the
// notice line and the gold legend, as a user meets them.
#include "app/SentenceBar.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace attnviz::ui;

class SentenceBarTest : public QObject {
  Q_OBJECT

 private slots:
  void init() {
    bar_ = std::make_unique<SentenceBar>();
    bar_->setVocabulary({"farmer", "farm", "father", "house", "horse"});
    bar_->resize(900, bar_->sizeHint().height());
    bar_->show();
    QVERIFY(QTest::qWaitForWindowExposed(bar_.get()));
  }

  void cleanup() { bar_.reset(); }

  void theCompleterOpensBelowTheReferenceNeverOverIt() {
    openCompleter();
    const QWidget* popup = bar_->completerPopup();
    const QRect reference(bar_->referenceField()->mapToGlobal(QPoint(0, 0)), bar_->referenceField()->size());
    QVERIFY2(!popup->geometry().intersects(reference), "the list covers the reference field");
    QVERIFY(popup->geometry().top() >= reference.bottom());
  }

  void aSpaceClosesTheCompleter() {
    openCompleter();
    QTest::keyClick(bar_->sentenceField(), Qt::Key_Space);
    QTRY_VERIFY(!bar_->completerPopup()->isVisible());
  }

  void aClickOnTheReferenceWhileTheListIsOpenReachesTheReference() {
    openCompleter();
    // Through the window system, as a real click: QTest's widget overload
    // would hand the press to the field and skip the open popup.
    const QPoint at = bar_->referenceField()->mapTo(bar_.get(), QPoint(20, 8));
    QTest::mouseClick(bar_->windowHandle(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(!bar_->completerPopup()->isVisible());
    QTRY_VERIFY(bar_->referenceField()->hasFocus());
  }

  void theNoticeLineKeepsItsPlaceAndQuotesTokens() {
    const int height = bar_->sizeHint().height();
    const QRect field = bar_->referenceField()->geometry();
    bar_->setSentence("the zorp car .");
    bar_->setUnknownWords({"zorp", "."});
    QCOMPARE(bar_->noticeText(), QString("Not in the vocabulary (read as <unk>): \"zorp\", \".\""));
    QCOMPARE(bar_->sizeHint().height(), height);
    QCOMPARE(bar_->referenceField()->geometry(), field);
    bar_->setUnknownWords({});
    QCOMPARE(bar_->sizeHint().height(), height);
  }

  void unknownReferenceWordsAreUnderlinedAndNamed() {
    bar_->setReference("la voiture zzqxv");
    bar_->setUnknownReferenceWords({"zzqxv"});
    QCOMPARE(bar_->unknownReferenceRanges(), (SentenceBar::Ranges{{11, 5}}));
    QVERIFY2(bar_->noticeText().contains("French") && bar_->noticeText().contains("\"zzqxv\""),
             qPrintable(bar_->noticeText()));
    bar_->setReference("la voiture");  // editing clears the marks until the next translation
    QVERIFY(bar_->unknownReferenceRanges().isEmpty());
  }

 private:
  // Types "fa" at the end of a sentence, as a user would.
  void openCompleter() {
    bar_->sentenceField()->setFocus();
    bar_->setSentence("the old ");
    bar_->sentenceField()->end(false);
    QTest::keyClicks(bar_->sentenceField(), "fa");
    QTRY_VERIFY(bar_->completerPopup()->isVisible());
  }

  std::unique_ptr<SentenceBar> bar_;
};

QTEST_MAIN(SentenceBarTest)
#include "SentenceBarTest.moc"
