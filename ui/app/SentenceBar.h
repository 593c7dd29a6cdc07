#pragma once
// Where the user types: the sentence (live translation, debounced, with a
// completer offering vocabulary words and a notice naming unknown words),
// and an optional reference translation that switches every pane to forced
// decoding.

#include <QList>
#include <QPair>
#include <QWidget>

#include <set>
#include <string>

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

  QString sentence() const;
  QString reference() const;
  void setSentence(const QString& sentence);
  void setReference(const QString& reference);
  void setVocabulary(const QStringList& words);
  // Marks the words the models read as <unk> (in sentence order) with a
  // wavy underline in the field and names them in the notice; an empty
  // list clears the marks.
  void setUnknownWords(const QStringList& words);
  // Where the marks are: one (start, length) per unknown word found.
  QList<QPair<int, int>> unknownRanges() const { return unknown_ranges_; }
  void setNotice(const QString& notice);
  QString noticeText() const;
  QLineEdit* sentenceField() const { return sentence_; }
  QLineEdit* referenceField() const { return reference_; }
  void focusSentence();

 signals:
  void inputChanged();  // after the debounce, or at once on Return

 private:
  QLineEdit* makeField(const QString& placeholder);
  void capLength(QLineEdit* field);
  void completeWord();
  void insertCompletion(const QString& word);
  void refreshNotice();
  void markUnknownWords();

  QLineEdit* sentence_;
  QLineEdit* reference_;
  QLabel* notice_;
  QTimer* debounce_;
  QCompleter* completer_;
  QStringListModel* words_;
  QStringList unknown_words_;
  QList<QPair<int, int>> unknown_ranges_;
  QString unknown_notice_;
  QString cap_notice_;
  QString extra_notice_;
};

}  // namespace attnviz::ui
