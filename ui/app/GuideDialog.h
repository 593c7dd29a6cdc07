#pragma once
// Help > Guide: a short illustrated page on what the panes show, the score
// functions with their equations (from core, so they never drift from the
// models), and how to read entropy and AER.

#include <QDialog>

class QTextBrowser;

namespace attnviz::ui {

class GuideDialog : public QDialog {
  Q_OBJECT

 public:
  explicit GuideDialog(QWidget* parent = nullptr);

  QTextBrowser* page() const { return page_; }

 private:
  QTextBrowser* page_;
};

// The guide's HTML, with the table of score functions filled in.
QString guide_html();

}  // namespace attnviz::ui
