#pragma once
// One line of text that ends in "…" when it does not fit and then shows the
// whole text as its tooltip: a long translation neither wraps over the
// heatmap nor is cut without a sign.

#include <QWidget>

namespace attnviz::ui {

class ElidedLabel : public QWidget {
  Q_OBJECT

 public:
  explicit ElidedLabel(QWidget* parent = nullptr);

  void setText(const QString& text);
  QString text() const { return text_; }
  bool isElided() const;
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  QString shown() const;
  void updateToolTip();

  QString text_;
};

}  // namespace attnviz::ui
