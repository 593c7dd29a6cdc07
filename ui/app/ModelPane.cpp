#include "app/ModelPane.h"

#include "alignment/AlignmentErrorRate.h"
#include "alignment/AttentionStatistics.h"
#include "alignment/EndOfSentence.h"
#include "model/ScoreFunction.h"
#include "view/AlignmentLinesView.h"
#include "view/RowDetail.h"
#include "view/StepStrip.h"

#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace attnviz::ui {

ModelPane::ModelPane(std::shared_ptr<const AttentionModel> model, QWidget* parent)
    : QWidget(parent),
      model_(std::move(model)),
      title_(new QLabel(this)),
      translation_(new QLabel(this)),
      statistics_(new QLabel(this)),
      equation_(new QLabel(this)),
      views_(new QStackedWidget(this)),
      heatmap_(new HeatmapPlot(this)),
      lines_(new AlignmentLinesView(this)),
      steps_(new StepStrip(this)),
      row_detail_(new RowDetail(this)) {
  setObjectName(QStringLiteral("pane-") + modelName());
  setAttribute(Qt::WA_StyledBackground);
  setProperty("pane", true);
  translation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  translation_->setWordWrap(true);
  QFont big = translation_->font();
  big.setPointSizeF(big.pointSizeF() * 1.15);
  translation_->setFont(big);
  statistics_->setForegroundRole(QPalette::PlaceholderText);
  equation_->setForegroundRole(QPalette::PlaceholderText);
  equation_->setVisible(false);
  views_->addWidget(heatmap_);
  views_->addWidget(lines_);
  heatmap_->setMinimumSize(220, 160);
  row_detail_->setVisible(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(8, 6, 8, 6);
  layout->setSpacing(3);
  layout->addWidget(makeHeader());
  layout->addWidget(translation_);
  layout->addWidget(statistics_);
  layout->addWidget(equation_);
  layout->addWidget(views_, 1);
  layout->addWidget(steps_);
  layout->addWidget(row_detail_);
  connect(heatmap_, &HeatmapPlot::cellHovered, this, &ModelPane::cellHovered);
  connect(heatmap_, &HeatmapPlot::cellClicked, this, &ModelPane::openRow);
  connect(row_detail_, &RowDetail::closeRequested, row_detail_, &QWidget::hide);
  clear();
}

QString ModelPane::modelName() const { return QString::fromStdString(model_->info().name); }

QString ModelPane::title() const {
  return tr("%1 · %2").arg(QString::fromStdString(model_->info().score), modelName());
}

QWidget* ModelPane::makeHeader() {
  auto* header = new QWidget(this);
  title_->setText(tr("<b>%1</b> attention &nbsp;<span style='color:gray'>%2</span>")
                      .arg(QString::fromStdString(model_->info().score).toHtmlEscaped(),
                           modelName().toHtmlEscaped()));
  title_->setToolTip(QString::fromStdString(model_->info().path));
  raw_toggle_ = makeToggle(tr("e"), tr("Show raw scores e (energies before the softmax) instead of weights α"));
  lines_toggle_ = makeToggle(tr("⋈"), tr("Show alignment lines instead of the heatmap"));
  connect(raw_toggle_, &QToolButton::toggled, this, &ModelPane::setRawScores);
  connect(lines_toggle_, &QToolButton::toggled, this, &ModelPane::setLinesView);
  auto* layout = new QHBoxLayout(header);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(title_, 1);
  layout->addWidget(raw_toggle_);
  layout->addWidget(lines_toggle_);
  return header;
}

QToolButton* ModelPane::makeToggle(const QString& text, const QString& tip) {
  auto* button = new QToolButton(this);
  button->setText(text);
  button->setToolTip(tip);
  button->setCheckable(true);
  button->setAutoRaise(true);
  return button;
}

void ModelPane::setAlignment(const Alignment& alignment) {
  original_ = alignment;
  has_alignment_ = true;
  refresh();
}

void ModelPane::showError(const QString& message) {
  clear();
  translation_->setText(tr("⚠ %1").arg(message));
}

void ModelPane::clear() {
  has_alignment_ = false;
  original_ = shown_ = Alignment{};
  aer_.reset();
  heatmap_->clearAlignment();
  lines_->setAlignment(shown_);
  steps_->clear();
  row_detail_->hide();
  translation_->setText(tr("—"));
  statistics_->clear();
}

void ModelPane::setOptions(const PaneOptions& options) {
  const bool raw = options_.heatmap.quantity == Quantity::Scores;
  options_ = options;
  options_.heatmap.quantity = raw ? Quantity::Scores : Quantity::Weights;
  heatmap_->setOptions(options_.heatmap);
  if (has_alignment_) refresh();
}

void ModelPane::setGold(std::optional<GoldAlignment> gold) {
  gold_ = std::move(gold);
  heatmap_->setGold(gold_);
  updateStatistics();
}

void ModelPane::setRawScores(bool raw) {
  options_.heatmap.quantity = raw ? Quantity::Scores : Quantity::Weights;
  raw_toggle_->setChecked(raw);
  heatmap_->setOptions(options_.heatmap);
  updateEquation();
}

void ModelPane::setLinesView(bool lines) {
  lines_toggle_->setChecked(lines);
  views_->setCurrentWidget(lines ? static_cast<QWidget*>(lines_) : heatmap_);
}

// Applies the options that change the data (hidden </s>) and redraws.
void ModelPane::refresh() {
  shown_ = options_.hide_end_of_sentence ? without_end_of_sentence_column(original_) : original_;
  heatmap_->setAlignment(shown_);
  lines_->setAlignment(shown_);
  steps_->setSteps(shown_, row_entropies(shown_.primary().weights));
  QString text = QString::fromStdString(shown_.translation).toHtmlEscaped();
  if (shown_.mode == DecodeMode::Forced) text = tr("<i>forced:</i> %1").arg(text);
  if (shown_.source_tokens_dropped > 0) {
    text += tr(" <span style='color:#ff9800'>(%n word(s) beyond %1 not read)</span>", nullptr,
               shown_.source_tokens_dropped).arg(kMaxSourceTokens);
  }
  translation_->setText(text);
  if (row_detail_->isVisible() && row_detail_->row() < shown_.rows()) row_detail_->showRow(shown_, row_detail_->row());
  else row_detail_->hide();
  updateStatistics();
  updateEquation();
}

void ModelPane::updateStatistics() {
  aer_.reset();
  if (!has_alignment_) return;
  if (gold_) aer_ = sentence_aer(original_, *gold_);
  QStringList parts;
  parts << tr("log p %1").arg(shown_.logprob, 0, 'f', 2);
  parts << tr("mean entropy %1 nats").arg(mean_entropy(shown_.primary().weights), 0, 'f', 2);
  if (aer_) parts << tr("AER %1").arg(*aer_, 0, 'f', 2);
  if (shown_.beam_width > 1) parts << tr("beam %1").arg(shown_.beam_width);
  if (options_.hide_end_of_sentence) parts << tr("</s> hidden, rows renormalised").toHtmlEscaped();
  statistics_->setText(parts.join(QStringLiteral(" · ")));
}

void ModelPane::updateEquation() {
  const bool raw = options_.heatmap.quantity == Quantity::Scores;
  const auto score = parse_score_function(model_->info().score);
  equation_->setVisible(raw);
  equation_->setText(tr("raw scores: %1").arg(score ? QString::fromUtf8(equation(*score)) : tr("e")));
}

void ModelPane::openRow(const Cell& cell) {
  if (!has_alignment_ || !cell.valid()) return;
  row_detail_->showRow(shown_, cell.row);
  row_detail_->show();
}

QString ModelPane::translationText() const { return translation_->text(); }
QString ModelPane::statisticsText() const { return statistics_->text(); }

}  // namespace attnviz::ui
