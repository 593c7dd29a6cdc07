#include "app/SentenceBar.h"

#include "view/ColorMaps.h"
#include "view/ElidedText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QStringListModel>
#include <QTextCharFormat>
#include <QTimer>

namespace attnviz::ui {
namespace {

// The pink of the gold rings the panes draw (CellOverlay's kGoldColor).
constexpr QRgb kGoldColor = 0xffff4081;
constexpr int kPopupWidth = 260;

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
void set_field_formats(QLineEdit* field, const SentenceBar::Ranges& ranges, const QTextCharFormat& format) {
  QList<QInputMethodEvent::Attribute> attributes;
  for (const auto& [start, length] : ranges) {
    attributes << QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, start - field->cursorPosition(),
                                               length, format);
  }
  QInputMethodEvent event(QString(), attributes);
  QCoreApplication::sendEvent(field, &event);
}

// Underlines `words` where they stand in the field, in order; returns where.
SentenceBar::Ranges mark_words(QLineEdit* field, const QStringList& words) {
  SentenceBar::Ranges ranges;
  const QString text = field->text();
  int from = 0;
  for (const QString& word : words) {
    const int at = find_word(text, word, from);
    if (at < 0) continue;
    ranges.append({at, static_cast<int>(word.size())});
    from = at + static_cast<int>(word.size());
  }
  QTextCharFormat format;
  format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
  format.setUnderlineColor(QColor(kUnreadColor));
  set_field_formats(field, ranges, format);
  return ranges;
}

// "zorp", "." : quoted, so that a punctuation token reads as one.
QString quoted(const QStringList& words) {
  QStringList quoted;
  for (const QString& word : words) quoted << QStringLiteral("\"%1\"").arg(word);
  return quoted.join(QStringLiteral(", "));
}

// A ring as the panes draw a gold link: solid for sure, dashed for possible.
QPixmap gold_ring(Qt::PenStyle style, qreal width, int size) {
  QPixmap ring(size, size);
  ring.fill(Qt::transparent);
  QPainter painter(&ring);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(QColor(kGoldColor), width, style));
  painter.drawEllipse(QRectF(2, 2, size - 4, size - 4));
  return ring;
}

}  // namespace

SentenceBar::SentenceBar(QWidget* parent)
    : QWidget(parent),
      sentence_(makeField(tr("Type an English sentence, e.g. “the old man saw the red car”"))),
      reference_(makeField(tr("Optional reference translation: every pane is forced onto it"))),
      notice_(makeNoticeLine()),
      gold_legend_(makeGoldLegend()),
      debounce_(new QTimer(this)),
      completer_(new QCompleter(this)),
      words_(new QStringListModel(this)) {
  sentence_->setObjectName(QStringLiteral("sentence"));
  reference_->setObjectName(QStringLiteral("reference"));
  QFont big = sentence_->font();
  big.setPointSizeF(big.pointSizeF() * 1.25);
  sentence_->setFont(big);
  debounce_->setSingleShot(true);
  debounce_->setInterval(kDebounceMs);
  connect(debounce_, &QTimer::timeout, this, &SentenceBar::inputChanged);
  setUpCompleter();
  // Marks of the last translation would sit on the wrong letters while
  // the user types; the next translation marks the new text.
  connect(sentence_, &QLineEdit::textChanged, this, [this] { setUnknownWords({}); });
  connect(reference_, &QLineEdit::textChanged, this, [this] { setUnknownReferenceWords({}); });
  auto* reference_row = new QHBoxLayout;
  reference_row->addWidget(reference_, 1);
  reference_row->addWidget(gold_legend_);
  auto* layout = new QFormLayout(this);
  layout->setContentsMargins(10, 8, 10, 4);
  layout->addRow(tr("&Sentence"), sentence_);
  layout->addRow(tr("&Reference"), reference_row);
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

// One line that is always there, empty or not: a notice coming or going
// must not move the panes under the user's pointer.
QLabel* SentenceBar::makeNoticeLine() {
  auto* notice = new QLabel(this);
  notice->setObjectName(QStringLiteral("notice"));
  notice->setStyleSheet(QStringLiteral("color: %1").arg(QColor(kUnreadColor).name()));
  notice->setTextFormat(Qt::PlainText);
  notice->setFixedHeight(notice->fontMetrics().height() + 2);
  notice->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
  return notice;
}

QLabel* SentenceBar::makeGoldLegend() {
  auto* legend = new QLabel(this);
  legend->setObjectName(QStringLiteral("goldLegend"));
  const int size = fontMetrics().height();
  const auto image = [size](Qt::PenStyle style, qreal width) {
    QByteArray png;
    QBuffer buffer(&png);
    gold_ring(style, width, size).save(&buffer, "PNG");
    return QStringLiteral("<img src='data:image/png;base64,%1'>").arg(QString::fromLatin1(png.toBase64()));
  };
  legend->setText(tr("Gold: %1 sure &nbsp; %2 possible").arg(image(Qt::SolidLine, 2.2), image(Qt::DashLine, 1.6)));
  legend->setToolTip(tr("The rings in the panes mark the example's gold alignment: sure links (solid) and "
                        "possible ones (dashed). AER compares the attention's argmax with them."));
  legend->setVisible(false);
  return legend;
}

void SentenceBar::setUpCompleter() {
  completer_->setModel(words_);
  completer_->setWidget(sentence_);
  completer_->setCaseSensitivity(Qt::CaseInsensitive);
  completer_->setCompletionMode(QCompleter::PopupCompletion);
  completer_->popup()->installEventFilter(this);
  connect(completer_, qOverload<const QString&>(&QCompleter::activated), this, &SentenceBar::insertCompletion);
  connect(sentence_, &QLineEdit::textEdited, this, &SentenceBar::completeWord);
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
QWidget* SentenceBar::completerPopup() const { return completer_->popup(); }
void SentenceBar::setGoldLegendVisible(bool visible) { gold_legend_->setVisible(visible); }
bool SentenceBar::isGoldLegendVisible() const { return !gold_legend_->isHidden(); }

void SentenceBar::focusSentence() {
  sentence_->setFocus();
  sentence_->selectAll();
}

void SentenceBar::setUnknownWords(const QStringList& words) {
  if (words.isEmpty() && unknown_words_.isEmpty()) return;
  unknown_words_ = words;
  unknown_ranges_ = mark_words(sentence_, words);
  if (sentence_->text().size() < kMaxCharacters) cap_notice_.clear();
  refreshNotice();
}

void SentenceBar::setUnknownReferenceWords(const QStringList& words) {
  if (words.isEmpty() && unknown_reference_words_.isEmpty()) return;
  unknown_reference_words_ = words;
  unknown_reference_ranges_ = mark_words(reference_, words);
  refreshNotice();
}

void SentenceBar::setNotice(const QString& notice) {
  extra_notice_ = notice;
  refreshNotice();
}

void SentenceBar::refreshNotice() {
  QStringList parts;
  for (const QString& part : {cap_notice_, extra_notice_}) {
    if (!part.isEmpty()) parts << part;
  }
  if (!unknown_words_.isEmpty()) parts << tr("Not in the vocabulary (read as <unk>): %1").arg(quoted(unknown_words_));
  if (!unknown_reference_words_.isEmpty())
    parts << tr("Not in the French vocabulary (read as <unk>): %1").arg(quoted(unknown_reference_words_));
  notice_text_ = parts.join(QStringLiteral("  "));
  notice_->setText(elided_text(notice_->font(), notice_text_, Qt::ElideRight, notice_->width()));
  notice_->setToolTip(notice_text_);
  // Hovering the underlined words names them too, where the eye already is.
  sentence_->setToolTip(notice_text_);
}

void SentenceBar::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  refreshNotice();
}

void SentenceBar::completeWord() {
  const int start = word_start(sentence_);
  const QString prefix = sentence_->text().mid(start, sentence_->cursorPosition() - start);
  if (prefix.size() < 2) {
    completer_->popup()->hide();
    return;
  }
  completer_->setCompletionPrefix(prefix);
  completer_->complete(popupAnchor());
}

// QCompleter opens its list under the rectangle it is given, as wide as
// it: under the reference field (never over it), at the word being typed.
QRect SentenceBar::popupAnchor() const {
  const int x = sentence_->inputMethodQuery(Qt::ImCursorRectangle).toRect().left();
  // The two fields are siblings, so map through the screen (mapTo needs an ancestor).
  const int bottom = sentence_->mapFromGlobal(reference_->mapToGlobal(QPoint(0, reference_->height()))).y();
  return QRect(QPoint(x, 0), QPoint(x + kPopupWidth - 1, bottom));
}

void SentenceBar::insertCompletion(const QString& word) {
  const int start = word_start(sentence_);
  QString text = sentence_->text();
  text.replace(start, sentence_->cursorPosition() - start, word);
  sentence_->setText(text);
  sentence_->setCursorPosition(start + word.size());
}

// The list is a popup: Qt gives it every click until it closes, and
// QCompleter swallows the click that closes it. A click elsewhere closes
// the list and then reaches what was clicked (the reference field, a pane).
bool SentenceBar::eventFilter(QObject* watched, QEvent* event) {
  if (watched != completer_->popup() || event->type() != QEvent::MouseButtonPress) return false;
  const auto* press = static_cast<QMouseEvent*>(event);
  if (completer_->popup()->rect().contains(press->position().toPoint())) return false;
  completer_->popup()->hide();
  passClickOn(press);
  return true;
}

void SentenceBar::passClickOn(const QMouseEvent* press) {
  QWidget* target = QApplication::widgetAt(press->globalPosition().toPoint());
  if (!target) return;
  const QPointF local = target->mapFromGlobal(press->globalPosition());
  QMouseEvent replay(QEvent::MouseButtonPress, local, press->globalPosition(), press->button(), press->buttons(),
                     press->modifiers());
  // Qt gives focus on a click only for presses from the window system.
  if (target->focusPolicy() & Qt::ClickFocus) target->setFocus(Qt::MouseFocusReason);
  QCoreApplication::sendEvent(target, &replay);
}

}  // namespace attnviz::ui
