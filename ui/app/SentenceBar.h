#pragma once
// Where the user types: the sentence (live translation, debounced, with a
// completer offering vocabulary words and a notice naming unknown words),
// and an optional reference translation that switches every pane to forced
// decoding.

#include <QList>
#include <QPair>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace attnviz::ui {

class SentenceBar : public QWidget {
  Q_OBJECT

 public:
  explicit SentenceBar(QWidget* parent = nullptr);

  // Longer input is cut, with a notice: far beyond what the models read
  // (kMaxSourceTokens words), and short enough to tokenize within a frame.
  static constexpr int kMaxCharacters = 5000;
  // Typing pauses this long before the panes update.
  static constexpr int kDebounceMs = 120;

  using Ranges = QList<QPair<int, int>>;  // (start, length) of marked words

  QString sentence() const;
  QString reference() const;
  void setSentence(const QString& sentence);
  void setReference(const QString& reference);
  void setVocabulary(const QStringList& words);
  // Marks the words the models read as <unk> (in text order) with a wavy
  // underline in the sentence field, or in the reference field, and names
  // them in the notice; an empty list clears the marks.
  void setUnknownWords(const QStringList& words);
  void setUnknownReferenceWords(const QStringList& words);
  Ranges unknownRanges() const { return unknown_ranges_; }
  Ranges unknownReferenceRanges() const { return unknown_reference_ranges_; }
  void setNotice(const QString& notice);
  // The whole notice; the line under the fields may show it elided.
  QString noticeText() const { return notice_text_; }
  // Shows what the gold rings in the panes mean while an example has them.
  void setGoldLegendVisible(bool visible);
  bool isGoldLegendVisible() const;
  QLineEdit* sentenceField() const { return sentence_; }
  QLineEdit* referenceField() const { return reference_; }
  QWidget* completerPopup() const;
  void focusSentence();

 signals:
  void inputChanged();  // after the debounce, or at once on Return

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  QLineEdit* makeField(const QString& placeholder);
  QLabel* makeNoticeLine();
  QLabel* makeGoldLegend();
  void setUpCompleter();
  void capLength(QLineEdit* field);
  void completeWord();
  QRect popupAnchor() const;
  void insertCompletion(const QString& word);
  void passClickOn(const QMouseEvent* press);
  void refreshNotice();

  QLineEdit* sentence_;
  QLineEdit* reference_;
  QLabel* notice_;
  QLabel* gold_legend_;
  QTimer* debounce_;
  QCompleter* completer_;
  QStringListModel* words_;
  QStringList unknown_words_;
  QStringList unknown_reference_words_;
  Ranges unknown_ranges_;
  Ranges unknown_reference_ranges_;
  QString cap_notice_;
  QString extra_notice_;
  QString notice_text_;
};

}  // namespace attnviz::ui
