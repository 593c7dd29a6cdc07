#include "view/DocumentView.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace attnviz::ui {
namespace {

constexpr int kMargin = 12;
constexpr int kRow = 20;             // a class bar's row and a line of words
constexpr int kClassNameWidth = 90;
constexpr int kClassBarWidth = 220;
constexpr int kSentenceBarWidth = 64; // the sentence weight's bar, left of the words
constexpr int kWordsLeft = kMargin + kSentenceBarWidth + 12;
constexpr int kWordGap = 4;
constexpr int kSentenceGap = 6;
// ColorBrewer's orange for words (as the paper's red-ish word shading) and
// blue for sentence and class bars (its sentence shading); both stay
// distinct for the common colour-vision deficiencies.
const QColor kWordColour(230, 85, 13);
const QColor kBarColour(49, 130, 189);
// The heatmap's gold links' pink: gold is the same colour in every view.
const QColor kGoldColour(255, 64, 129);
constexpr int kGoldStripe = 4;  // left of the sentence bar, in the margin

int classes_height(size_t classes) { return kMargin + static_cast<int>(classes) * kRow + kMargin; }

QString number(double value) { return QString::number(value, 'f', 3); }

}  // namespace

DocumentView::DocumentView(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setBackgroundRole(QPalette::Base);
  setAutoFillBackground(true);
  QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
  policy.setHeightForWidth(true);
  setSizePolicy(policy);
}

void DocumentView::setClassification(const DocumentClassification& result, const std::vector<std::string>& classes) {
  result_ = result;
  classes_ = classes;
  layout(width(), &words_, &sentences_);
  updateGeometry();
  update();
}

void DocumentView::clear() {
  gold_.reset();
  setClassification({}, {});
}

void DocumentView::setGold(std::optional<LabelledDocument> gold) {
  gold_ = std::move(gold);
  update();
}

void DocumentView::setShading(WordShading shading) {
  shading_ = shading;
  update();
}

int DocumentView::highlightedSentence() const { return result_.sentences.empty() ? -1 : top_sentence(result_); }

// Words flow left to right and wrap within the width; each sentence starts
// on a new line, beside its weight bar.
int DocumentView::layout(int width, std::vector<WordBox>* words, std::vector<SentenceBox>* sentences) const {
  const QFontMetrics metrics(font());
  words->clear();
  sentences->clear();
  double y = classes_height(classes_.size());
  const double right = std::max(width - kMargin, kWordsLeft + 80);
  for (size_t s = 0; s < result_.sentences.size(); ++s) {
    const double top = y;
    double x = kWordsLeft;
    for (size_t w = 0; w < result_.sentences[s].tokens.size(); ++w) {
      const double advance = metrics.horizontalAdvance(QString::fromStdString(result_.sentences[s].tokens[w])) + 6;
      if (x + advance > right && x > kWordsLeft) x = kWordsLeft, y += kRow;
      words->push_back({QRectF(x, y, advance, kRow - 2), static_cast<int>(s), static_cast<int>(w)});
      x += advance + kWordGap;
    }
    y += kRow;
    sentences->push_back({QRectF(kMargin, top, right - kMargin, y - top)});
    y += kSentenceGap;
  }
  return static_cast<int>(y) + kMargin;
}

int DocumentView::heightForWidth(int width) const {
  std::vector<WordBox> words;
  std::vector<SentenceBox> sentences;
  return layout(width, &words, &sentences);
}

QSize DocumentView::sizeHint() const { return {640, heightForWidth(640)}; }

void DocumentView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  layout(width(), &words_, &sentences_);
}

void DocumentView::drawClasses(QPainter& painter) const {
  for (size_t c = 0; c < classes_.size(); ++c) {
    const int y = kMargin + static_cast<int>(c) * kRow;
    const double p = result_.probabilities[c];
    QFont font = painter.font();
    font.setBold(static_cast<int>(c) == result_.predicted);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(kMargin, y, kClassNameWidth, kRow), Qt::AlignVCenter, QString::fromStdString(classes_[c]));
    painter.fillRect(QRectF(kMargin + kClassNameWidth, y + 3, kClassBarWidth * p, kRow - 6), kBarColour);
    painter.drawText(QRect(kMargin + kClassNameWidth + kClassBarWidth + 8, y, 80, kRow), Qt::AlignVCenter, number(p));
  }
  QFont font = painter.font();
  font.setBold(false);
  painter.setFont(font);
}

void DocumentView::drawSentence(QPainter& painter, int s, const std::vector<std::vector<float>>& shades) const {
  const QRectF& box = sentences_[static_cast<size_t>(s)].rect;
  const float weight = result_.sentences[static_cast<size_t>(s)].weight;
  painter.fillRect(QRectF(box.left(), box.top() + 2, kSentenceBarWidth * weight, kRow - 6), kBarColour);
  painter.setPen(palette().color(QPalette::Mid));
  painter.drawRect(QRectF(box.left(), box.top() + 2, kSentenceBarWidth, kRow - 6));
  if (s == highlightedSentence()) {
    painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
    painter.drawRect(box.adjusted(kSentenceBarWidth + 6, -1, 0, 1));
  }
  for (const WordBox& word : words_) {
    if (word.sentence != s) continue;
    QColor background = kWordColour;
    background.setAlphaF(std::clamp(shades[static_cast<size_t>(s)][static_cast<size_t>(word.word)], 0.0f, 1.0f));
    painter.fillRect(word.rect, background);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(word.rect, Qt::AlignCenter,
                     QString::fromStdString(result_.sentences[static_cast<size_t>(s)].tokens[static_cast<size_t>(word.word)]));
  }
}

void DocumentView::draw(QPainter& painter) const {
  painter.fillRect(QRect(QPoint(0, 0), size()), palette().color(QPalette::Base));
  drawClasses(painter);
  const auto shades = word_shades(result_, shading_);
  for (int s = 0; s < static_cast<int>(result_.sentences.size()); ++s) drawSentence(painter, s, shades);
  if (gold_) drawGold(painter);
}

// Over the shading, so that a gold word the attention missed shows as a
// frame round a pale word; with a key beside the class bars.
void DocumentView::drawGold(QPainter& painter) const {
  const int x = kMargin + kClassNameWidth + kClassBarWidth + 80;
  painter.setPen(QPen(kGoldColour, 2));
  painter.drawRect(QRectF(x, kMargin + 4, 18, kRow - 8));
  painter.setPen(palette().color(QPalette::Text));
  painter.drawText(QRect(x + 26, kMargin, 260, kRow), Qt::AlignVCenter, tr("gold evidence (the corpus's)"));
  for (int s : gold_->evidence_sentences) {
    if (s < 0 || static_cast<size_t>(s) >= sentences_.size()) continue;
    const QRectF& box = sentences_[static_cast<size_t>(s)].rect;
    painter.fillRect(QRectF(box.left() - kGoldStripe - 4, box.top() + 1, kGoldStripe, box.height() - 2), kGoldColour);
  }
  painter.setPen(QPen(kGoldColour, 2.5));
  painter.setBrush(Qt::NoBrush);
  for (const WordPosition& word : gold_->evidence_words) {
    const QRectF rect = wordRect(word.sentence, word.word);
    if (!rect.isEmpty()) painter.drawRect(rect.adjusted(-2, -2, 2, 2));
  }
}

void DocumentView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  draw(painter);
}

QRectF DocumentView::wordRect(int sentence, int word) const {
  for (const WordBox& box : words_)
    if (box.sentence == sentence && box.word == word) return box.rect;
  return {};
}

QString DocumentView::toolTipAt(QPoint point) const {
  for (const WordBox& word : words_) {
    if (!word.rect.contains(point)) continue;
    const SentenceAttention& sentence = result_.sentences[static_cast<size_t>(word.sentence)];
    const auto w = static_cast<size_t>(word.word);
    const float shade = word_shades(result_, shading_)[static_cast<size_t>(word.sentence)][w];
    const bool gold = gold_ && std::find(gold_->evidence_words.begin(), gold_->evidence_words.end(),
                                         WordPosition{word.sentence, word.word}) != gold_->evidence_words.end();
    return tr("\"%1\"%2: word weight %3 within sentence %4 (sentence weight %5), shade %6%7")
        .arg(QString::fromStdString(sentence.tokens[w]), sentence.unknown[w] ? tr(" (<unk>)") : QString(),
             number(sentence.word_weights[w]), QString::number(word.sentence + 1), number(sentence.weight), number(shade),
             gold ? tr("; gold evidence") : QString());
  }
  return {};
}

bool DocumentView::event(QEvent* event) {
  if (event->type() != QEvent::ToolTip) return QWidget::event(event);
  const auto* help = static_cast<QHelpEvent*>(event);
  const QString text = toolTipAt(help->pos());
  if (text.isEmpty()) QToolTip::hideText();
  else QToolTip::showText(help->globalPos(), text, this);
  return true;
}

}  // namespace attnviz::ui
