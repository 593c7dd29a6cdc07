#include "app/SentenceBar.h"

#include "view/ColorMaps.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QTextCharFormat>
#include <QTimer>

namespace attnviz::ui {
namespace {

// The word being typed: from the last space to the cursor.
int word_start(const QLineEdit* field) {
  const QString before = field->text().left(field->cursorPosition());
  return before.lastIndexOf(QLatin1Char(' ')) + 1;
}

bool is_word_character(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('\''); }

// Where `word` next stands on its own in `text`, from `from` on; -1 if nowhere.
int find_word(const QString& text, const QString& word, int from) {
  for (int at = text.indexOf(word, from, Qt::CaseInsensitive); at >= 0;
       at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
    const int end = at + static_cast<int>(word.size());
    const bool starts = at == 0 || !is_word_character(text[at - 1]) || !is_word_character(word.front());
    const bool ends = end == text.size() || !is_word_character(text[end]) || !is_word_character(word.back());
    if (starts && ends) return at;
  }
  return -1;
}

// QLineEdit has no rich text, but it draws the text formats an input method
// sends it; positions are relative to the cursor.
void set_field_formats(QLineEdit* field, const QList<QPair<int, int>>& ranges, const QTextCharFormat& format) {
  QList<QInputMethodEvent::Attribute> attributes;
  for (const auto& [start, length] : ranges) {
    attributes << QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, start - field->cursorPosition(),
                                               length, format);
  }
  QInputMethodEvent event(QString(), attributes);
  QCoreApplication::sendEvent(field, &event);
}

}  // namespace

SentenceBar::SentenceBar(QWidget* parent)
    : QWidget(parent),
      sentence_(makeField(tr("Type an English sentence, e.g. “the old man saw the red car”"))),
      reference_(makeField(tr("Optional reference translation: every pane is forced onto it"))),
      notice_(new QLabel(this)),
      debounce_(new QTimer(this)),
      completer_(new QCompleter(this)),
      words_(new QStringListModel(this)) {
  sentence_->setObjectName(QStringLiteral("sentence"));
  reference_->setObjectName(QStringLiteral("reference"));
  QFont big = sentence_->font();
  big.setPointSizeF(big.pointSizeF() * 1.25);
  sentence_->setFont(big);
  notice_->setObjectName(QStringLiteral("notice"));
  notice_->setStyleSheet(QStringLiteral("color: %1").arg(QColor(kUnreadColor).name()));
  notice_->setWordWrap(true);
  notice_->setVisible(false);
  debounce_->setSingleShot(true);
  debounce_->setInterval(kDebounceMs);
  connect(debounce_, &QTimer::timeout, this, &SentenceBar::inputChanged);
  completer_->setModel(words_);
  completer_->setWidget(sentence_);
  completer_->setCaseSensitivity(Qt::CaseInsensitive);
  completer_->setCompletionMode(QCompleter::PopupCompletion);
  connect(completer_, qOverload<const QString&>(&QCompleter::activated), this, &SentenceBar::insertCompletion);
  connect(sentence_, &QLineEdit::textEdited, this, &SentenceBar::completeWord);
  // Marks of the last translation would sit on the wrong letters while
  // the user types; the next translation marks the new text.
  connect(sentence_, &QLineEdit::textChanged, this, [this] { setUnknownWords({}); });
  auto* layout = new QFormLayout(this);
  layout->setContentsMargins(10, 8, 10, 4);
  layout->addRow(tr("&Sentence"), sentence_);
  layout->addRow(tr("&Reference"), reference_);
  layout->addRow(QString(), notice_);
}

QLineEdit* SentenceBar::makeField(const QString& placeholder) {
  auto* field = new QLineEdit(this);
  field->setPlaceholderText(placeholder);
  field->setClearButtonEnabled(true);
  connect(field, &QLineEdit::textChanged, this, [this, field] {
    capLength(field);
    debounce_->start();
  });
  connect(field, &QLineEdit::returnPressed, this, [this] {
    debounce_->stop();
    emit inputChanged();
  });
  return field;
}

// A paste of a whole book is cut here, visibly, instead of being tokenized
// on every keystroke.
void SentenceBar::capLength(QLineEdit* field) {
  if (field->text().size() <= kMaxCharacters) return;
  const QSignalBlocker block(field);
  field->setText(field->text().left(kMaxCharacters));
  cap_notice_ = tr("Input cut to the first %L1 characters.").arg(kMaxCharacters);
  refreshNotice();
}

QString SentenceBar::sentence() const { return sentence_->text(); }
QString SentenceBar::reference() const { return reference_->text(); }
void SentenceBar::setSentence(const QString& sentence) { sentence_->setText(sentence); }
void SentenceBar::setReference(const QString& reference) { reference_->setText(reference); }
void SentenceBar::setVocabulary(const QStringList& words) { words_->setStringList(words); }
void SentenceBar::focusSentence() { sentence_->setFocus(); sentence_->selectAll(); }

void SentenceBar::setUnknownWords(const QStringList& words) {
  if (words.isEmpty() && unknown_words_.isEmpty()) return;
  unknown_words_ = words;
  unknown_notice_ = words.isEmpty() ? QString()
                                    : tr("Not in the vocabulary (read as <unk>): %1").arg(words.join(QStringLiteral(", ")));
  sentence_->setToolTip(unknown_notice_);
  markUnknownWords();
  if (sentence_->text().size() < kMaxCharacters) cap_notice_.clear();
  refreshNotice();
}

void SentenceBar::markUnknownWords() {
  unknown_ranges_.clear();
  const QString text = sentence_->text();
  int from = 0;
  for (const QString& word : unknown_words_) {
    const int at = find_word(text, word, from);
    if (at < 0) continue;
    unknown_ranges_.append({at, static_cast<int>(word.size())});
    from = at + static_cast<int>(word.size());
  }
  QTextCharFormat format;
  format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
  format.setUnderlineColor(QColor(kUnreadColor));
  set_field_formats(sentence_, unknown_ranges_, format);
}

void SentenceBar::setNotice(const QString& notice) {
  extra_notice_ = notice;
  refreshNotice();
}

void SentenceBar::refreshNotice() {
  QStringList parts;
  for (const QString& part : {cap_notice_, extra_notice_, unknown_notice_}) {
    if (!part.isEmpty()) parts << part;
  }
  notice_->setText(parts.join(QStringLiteral("  ")));
  notice_->setVisible(!parts.isEmpty());
}

QString SentenceBar::noticeText() const { return notice_->text(); }

void SentenceBar::completeWord() {
  const int start = word_start(sentence_);
  const QString prefix = sentence_->text().mid(start, sentence_->cursorPosition() - start);
  if (prefix.size() < 2) {
    completer_->popup()->hide();
    return;
  }
  completer_->setCompletionPrefix(prefix);
  completer_->complete();
}

void SentenceBar::insertCompletion(const QString& word) {
  const int start = word_start(sentence_);
  QString text = sentence_->text();
  text.replace(start, sentence_->cursorPosition() - start, word);
  sentence_->setText(text);
  sentence_->setCursorPosition(start + word.size());
}

}  // namespace attnviz::ui
