#include "view/RowDetail.h"

#include "alignment/AttentionStatistics.h"
#include "view/CardBackground.h"

#include <QLabel>
#include <QLineEdit>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace attnviz::ui {

RowDetail::RowDetail(QWidget* parent)
    : QWidget(parent),
      heading_(new QLabel(this)),
      context_(new QLabel(this)),
      alternatives_(new QLabel(this)),
      other_word_(new QLineEdit(this)),
      plot_(new QCustomPlot(this)) {
  auto* close = new QToolButton(this);
  close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
  close->setAutoRaise(true);
  close->setToolTip(tr("Close the step details"));
  connect(close, &QToolButton::clicked, this, &RowDetail::closeRequested);
  auto* top = new QHBoxLayout;
  top->addWidget(heading_, 1);
  top->addWidget(close);
  alternatives_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
  alternatives_->setWordWrap(true);
  alternatives_->setTextFormat(Qt::RichText);
  connect(alternatives_, &QLabel::linkActivated, this, [this](const QString& link) {
    emit alternativeChosen(row_, QUrl::fromPercentEncoding(link.mid(int(qstrlen("choose:"))).toUtf8()));
  });
  other_word_->setObjectName(QStringLiteral("otherWord"));
  other_word_->setPlaceholderText(tr("or type another word for this step, then Return"));
  other_word_->setClearButtonEnabled(true);
  other_word_->setVisible(false);
  connect(other_word_, &QLineEdit::returnPressed, this, &RowDetail::chooseTypedWord);
  context_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top);
  layout->addWidget(plot_, 1);
  layout->addWidget(context_);
  layout->addWidget(alternatives_);
  layout->addWidget(other_word_);
  plot_->setMinimumHeight(110);
  setUpBars();
}

void RowDetail::setUpBars() {
  const QPalette colors = palette();
  plot_->setBackground(colors.color(QPalette::Base));
  bars_ = new QCPBars(plot_->xAxis, plot_->yAxis);
  bars_->setPen(Qt::NoPen);
  bars_->setBrush(colors.color(QPalette::Highlight));
  bars_->setWidth(0.8);
  plot_->yAxis->setRange(0, 1);
  plot_->yAxis->setLabel(tr("weight"));
  for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
    axis->setTickLabelColor(colors.color(QPalette::WindowText));
    axis->setLabelColor(colors.color(QPalette::WindowText));
    axis->setBasePen(QPen(colors.color(QPalette::Mid)));
    axis->setTickPen(QPen(colors.color(QPalette::Mid)));
    axis->grid()->setPen(QPen(colors.color(QPalette::Midlight), 0, Qt::DotLine));
  }
  plot_->xAxis->grid()->setVisible(false);
  plot_->xAxis->setTickLabelRotation(-45);
}

void RowDetail::showRow(const Alignment& alignment, int row) {
  row_ = row;
  const RowMatrix& weights = alignment.primary().weights;
  QVector<double> keys, values;
  auto ticker = QSharedPointer<QCPAxisTickerText>::create();
  for (Eigen::Index col = 0; col < weights.cols(); ++col) {
    keys << col;
    values << weights(row, col);
    ticker->addTick(col, QString::fromStdString(alignment.source_tokens[col]));
  }
  bars_->setData(keys, values, true);
  plot_->xAxis->setTicker(ticker);
  plot_->xAxis->setRange(-0.6, weights.cols() - 0.4);
  heading_->setText(tr("<b>Step %1: “%2”</b>, attention over the source")
                        .arg(row + 1)
                        .arg(QString::fromStdString(alignment.target_tokens[row]).toHtmlEscaped()));
  const bool has_step = row < static_cast<int>(alignment.steps.size());
  alternatives_->setText(has_step ? describeAlternatives(alignment.steps[row]) : QString());
  context_->setText(describeContext(alignment));
  plot_->replot();
}

// The three source words with the most weight: what the context vector of
// this step is mostly made of.
QString RowDetail::describeContext(const Alignment& alignment) const {
  const RowMatrix& weights = alignment.primary().weights;
  QStringList items;
  for (int col : top_columns(weights.row(row_), 3)) {
    items << QStringLiteral("%1 %2")
                 .arg(QString::fromStdString(alignment.source_tokens[static_cast<size_t>(col)]).toHtmlEscaped())
                 .arg(weights(row_, col), 0, 'f', 2);
  }
  return tr("Context mostly from: %1").arg(items.join(QStringLiteral(" · ")));
}

QString RowDetail::contextText() const { return context_->text(); }

void RowDetail::chooseTypedWord() {
  const QString word = other_word_->text().trimmed();
  if (word.isEmpty()) return;
  other_word_->clear();
  emit alternativeChosen(row_, word);
}

QString RowDetail::alternativesText() const { return QTextDocumentFragment::fromHtml(alternatives_->text()).toPlainText(); }

void RowDetail::setAlternativesChoosable(bool choosable) {
  choosable_ = choosable;
  other_word_->setVisible(choosable);
  alternatives_->setToolTip(choosable ? tr("Click a word to see how the decoder goes on from it") : QString());
}

QString RowDetail::describeAlternatives(const DecodeStep& step) const {
  QStringList items;
  for (const Alternative& alternative : step.top) {
    const QString token = QString::fromStdString(alternative.token);
    const QString word = choosable_ ? QStringLiteral("<a href=\"choose:%1\">%2</a>")
                                          .arg(QString::fromUtf8(QUrl::toPercentEncoding(token)), token.toHtmlEscaped())
                                    : token.toHtmlEscaped();
    items << QStringLiteral("%1 %2").arg(word).arg(alternative.probability, 0, 'f', 3);
  }
  return tr("Decoder's top %1: %2").arg(step.top.size()).arg(items.join(QStringLiteral(" · ")));
}

// Over the pane, it reads as a card of its own.
void RowDetail::paintEvent(QPaintEvent*) { paint_card(*this); }

}  // namespace attnviz::ui
