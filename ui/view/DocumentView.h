#pragma once
// A classified document as Yang et al. (2016) draw it: the class
// probabilities as bars, then each sentence with a bar for its weight in
// the document and its words on a background as strong as their shade
// (classification/DocumentShading.h: sqrt(p_sentence) * p_word, or the raw
// word weight). Hovering a word shows its exact numbers. The highlighted
// sentence, outlined, is the one with the highest weight. For a document
// of the corpus the gold evidence is drawn too, in the heatmap's gold
// pink: a stripe beside each evidence sentence and a frame round each
// evidence word, so the attention can be checked against the truth.
//
// All numbers come from core; this only lays out and paints.

#include "classification/DocumentClassification.h"
#include "classification/DocumentShading.h"
#include "corpus/LabelledDocument.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

namespace attnviz::ui {

class DocumentView : public QWidget {
  Q_OBJECT

 public:
  explicit DocumentView(QWidget* parent = nullptr);

  void setClassification(const DocumentClassification& result, const std::vector<std::string>& classes);
  void clear();
  void setShading(WordShading shading);
  // The gold evidence of the document shown (its sentences must be the
  // classification's), or none for a typed document.
  void setGold(std::optional<LabelledDocument> gold);
  const std::optional<LabelledDocument>& gold() const { return gold_; }
  WordShading shading() const { return shading_; }

  const DocumentClassification& classification() const { return result_; }
  const std::vector<std::string>& classNames() const { return classes_; }
  // The sentence drawn outlined, -1 when there is no document.
  int highlightedSentence() const;
  // Where word `word` of sentence `sentence` is drawn; empty if there is no such word.
  QRectF wordRect(int sentence, int word) const;
  // The text of the tooltip a hover at `point` shows, "" off the words.
  QString toolTipAt(QPoint point) const;
  // Draws the whole view at its current width (screen and exports).
  void draw(QPainter& painter) const;
  QSize sizeHint() const override;
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override;

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  bool event(QEvent* event) override;

 private:
  struct WordBox {
    QRectF rect;
    int sentence = 0, word = 0;
  };
  struct SentenceBox {
    QRectF rect;  // the lines the sentence's words take
  };
  // Places every word for `width`; returns the height it needs.
  int layout(int width, std::vector<WordBox>* words, std::vector<SentenceBox>* sentences) const;
  void drawClasses(QPainter& painter) const;
  void drawSentence(QPainter& painter, int s, const std::vector<std::vector<float>>& shades) const;
  void drawGold(QPainter& painter) const;

  DocumentClassification result_;
  std::vector<std::string> classes_;
  WordShading shading_ = WordShading::Scaled;
  std::optional<LabelledDocument> gold_;
  std::vector<WordBox> words_;
  std::vector<SentenceBox> sentences_;
};

}  // namespace attnviz::ui
