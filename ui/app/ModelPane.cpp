#include "app/ModelPane.h"

#include "alignment/AlignmentErrorRate.h"
#include "alignment/AttentionStatistics.h"
#include "alignment/EndOfSentence.h"
#include "alignment/MapFocus.h"
#include "app/ExampleSentences.h"
#include "decoding/BranchDecoding.h"
#include "app/HeadsPopup.h"
#include "app/MapChooser.h"
#include "model/ScoreFunction.h"
#include "view/AlignmentLinesView.h"
#include "view/ColorMaps.h"
#include "view/ElidedLabel.h"
#include "view/RowDetail.h"

#include <QFileInfo>
#include <QScreen>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace attnviz::ui {
namespace {

// Two decimals read well, but a small real value would then print as
// "-0.00", which reads as certainty: below 0.01, three significant digits
// ("-0.00123", "-1.2e-05").
QString format_logprob(double value) {
  if (value == 0 || std::abs(value) >= 0.01) return QString::number(value, 'f', 2);
  return QString::number(value, 'g', 3);
}

// p(y) and H(α) of every step, for the columns beside the heatmap's rows.
StepMetrics step_metrics(const Alignment& alignment) {
  StepMetrics metrics;
  for (const DecodeStep& step : alignment.steps) metrics.probabilities.push_back(step.probability);
  metrics.entropies = row_entropies(alignment.primary().weights);
  // ln(columns) is the most a row can have: the uniform row.
  metrics.max_entropy = std::max(1e-9, std::log(std::max<double>(2, alignment.cols())));
  return metrics;
}

}  // namespace

ModelPane::ModelPane(std::shared_ptr<const AttentionModel> model, QWidget* parent)
    : ModelPane(model->info(), model, parent) {}

ModelPane::ModelPane(const ModelAlignment& fixed, QWidget* parent) : ModelPane(fixed.model, nullptr, parent) {
  setAlignment(fixed.alignment);
}

ModelPane::ModelPane(ModelInfo info, std::shared_ptr<const AttentionModel> model, QWidget* parent)
    : QWidget(parent),
      info_(std::move(info)),
      model_(std::move(model)),
      title_(new QLabel(this)),
      origin_(new QLabel(this)),
      translation_(new ElidedLabel(this)),
      statistics_(new QLabel(this)),
      equation_(new QLabel(this)),
      views_(new QStackedWidget(this)),
      heatmap_(new HeatmapPlot(this)),
      lines_(new AlignmentLinesView(this)),
      row_detail_(new RowDetail(this)),
      map_chooser_(new MapChooser(this)),
      heads_popup_(new HeadsPopup(this)) {
  setObjectName(QStringLiteral("pane-") + displayName());
  setAttribute(Qt::WA_StyledBackground);
  setProperty("pane", true);
  QFont big = translation_->font();
  big.setPointSizeF(big.pointSizeF() * 1.15);
  translation_->setFont(big);
  statistics_->setForegroundRole(QPalette::PlaceholderText);
  statistics_->setWordWrap(true);  // the notes may not fit a narrow pane on one line
  equation_->setForegroundRole(QPalette::PlaceholderText);
  equation_->setVisible(false);
  origin_->setForegroundRole(QPalette::PlaceholderText);
  origin_->setWordWrap(true);
  origin_->setText(originText());
  origin_->setVisible(!followsSentence());
  views_->addWidget(heatmap_);
  views_->addWidget(lines_);
  heatmap_->setMinimumSize(160, 120);
  heatmap_->setMinimumCell(HeatmapPlot::kReadableCell);
  // Over the pane, outside its layout: opening it resizes nothing.
  row_detail_->setAttribute(Qt::WA_StyledBackground);
  row_detail_->setProperty("pane", true);
  row_detail_->setVisible(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(8, 6, 8, 6);
  layout->setSpacing(3);
  layout->addWidget(makeHeader());
  layout->addWidget(origin_);
  layout->addWidget(translation_);
  layout->addWidget(statistics_);
  layout->addWidget(equation_);
  layout->addWidget(views_, 1);
  connect(heatmap_, &HeatmapPlot::cellHovered, this, &ModelPane::cellHovered);
  connect(heatmap_, &HeatmapPlot::cellClicked, this, &ModelPane::openRow);
  // The double-click's first click opened the row: a double-click means
  // the pane, not the row.
  connect(heatmap_, &HeatmapPlot::doubleClicked, this, [this] {
    row_detail_->hide();
    emit maximizeRequested();
  });
  connect(row_detail_, &RowDetail::closeRequested, row_detail_, &QWidget::hide);
  connect(map_chooser_, &MapChooser::mapChosen, this, &ModelPane::refresh);
  connect(row_detail_, &RowDetail::alternativeChosen, this, &ModelPane::continueWith);
  statistics_->setTextFormat(Qt::RichText);
  statistics_->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
  connect(statistics_, &QLabel::linkActivated, this, &ModelPane::backToOwnTranslation);
  connect(heads_popup_, &HeadsPopup::mapClicked, this, [this](size_t index) {
    const AttentionMap& map = visible_.maps[index];
    map_chooser_->choose(map.kind, map.layer, map.head);
  });
  clear();
}

QString ModelPane::modelName() const { return QString::fromStdString(info_.name); }

QString ModelPane::displayName() const {
  return followsSentence() ? modelName() : tr("%1 (imported)").arg(modelName());
}

QString ModelPane::title() const {
  if (!followsSentence()) return tr("imported · %1 (%2)").arg(modelName(), fileName());
  const QString score = QString::fromStdString(info_.score);
  return score == modelName() ? score : tr("%1 · %2").arg(score, modelName());
}

QString ModelPane::originText() const {
  if (followsSentence()) return {};
  return tr("opened from %1; not a model, does not follow the sentence").arg(fileName());
}

QString ModelPane::fileName() const { return QFileInfo(QString::fromStdString(info_.path)).fileName(); }

QWidget* ModelPane::makeHeader() {
  auto* header = new QWidget(this);
  title_->setText(headerText());
  title_->setToolTip(QString::fromStdString(info_.path));
  raw_toggle_ = makeToggle(tr("e"), {});
  lines_toggle_ = makeToggle(tr("⋈"), tr("Show alignment lines instead of the heatmap"));
  heads_button_ = makeToggle(tr("▦"), tr("Every head of every layer at a glance; click one to show it"));
  heads_button_->setCheckable(false);
  heads_button_->setObjectName(QStringLiteral("headsButton"));
  heads_button_->setVisible(false);
  connect(heads_button_, &QToolButton::clicked, this, &ModelPane::showHeads);
  connect(raw_toggle_, &QToolButton::toggled, this, &ModelPane::setRawScores);
  connect(lines_toggle_, &QToolButton::toggled, this, &ModelPane::setLinesView);
  auto* layout = new QHBoxLayout(header);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(title_, 1);
  layout->addWidget(map_chooser_);
  layout->addWidget(heads_button_);
  layout->addWidget(raw_toggle_);
  layout->addWidget(lines_toggle_);
  if (!followsSentence()) layout->addWidget(makeCloseButton());
  return header;
}

// Only a file's matrix can be closed: a model pane is hidden from the View
// menu instead, and comes back without reloading.
QToolButton* ModelPane::makeCloseButton() {
  auto* button = new QToolButton(this);
  button->setObjectName(QStringLiteral("closePane"));
  button->setText(QStringLiteral("✕"));
  button->setToolTip(tr("Close this matrix"));
  button->setAutoRaise(true);
  connect(button, &QToolButton::clicked, this, &ModelPane::closeRequested);
  return button;
}

// "additive attention  additive-en-fr", the name left out when it only
// repeats the score function (the shipped "additive"); a file's matrix
// says it is imported and keeps the score function when the file names
// one (our own exports).
QString ModelPane::headerText() const {
  const QString name = QStringLiteral("<span style='color:gray'>%1</span>").arg(modelName().toHtmlEscaped());
  const QString score = QString::fromStdString(info_.score).toHtmlEscaped();
  if (info_.kind == "transformer") return tr("<b>Transformer</b> (%1, every layer and head) &nbsp;%2").arg(score, name);
  if (followsSentence() && score == modelName().toHtmlEscaped()) return tr("<b>%1</b> attention").arg(score);
  if (followsSentence()) return tr("<b>%1</b> attention &nbsp;%2").arg(score, name);
  if (score.isEmpty()) return tr("<b>imported</b> attention matrix &nbsp;%1").arg(name);
  return tr("<b>imported</b> %1 attention &nbsp;%2").arg(score, name);
}

QToolButton* ModelPane::makeToggle(const QString& text, const QString& tip) {
  auto* button = new QToolButton(this);
  button->setText(text);
  button->setToolTip(tip);
  button->setCheckable(true);
  button->setAutoRaise(true);
  return button;
}

void ModelPane::setAlignment(const Alignment& alignment, const QString& own_translation) {
  what_if_.reset();
  original_ = alignment;
  own_translation_ = own_translation;
  has_alignment_ = true;
  refresh();
}

void ModelPane::showError(const QString& message) {
  clear();
  translation_->setText(tr("⚠ %1").arg(message));
}

void ModelPane::clear() {
  has_alignment_ = false;
  what_if_.reset();
  original_ = visible_ = shown_ = Alignment{};
  map_chooser_->setMaps(shown_);
  heads_button_->setVisible(false);
  aer_.reset();
  heatmap_->clearAlignment();
  lines_->setAlignment(shown_);
  row_detail_->hide();
  translation_->setText(tr("—"));
  statistics_->clear();
  updateQuantity();
}

void ModelPane::setOptions(const PaneOptions& options) {
  options_ = options;
  options_.heatmap.quantity = quantity();
  heatmap_->setOptions(options_.heatmap);
  if (has_alignment_) refresh();
}

void ModelPane::setGold(std::optional<GoldAlignment> gold) {
  gold_ = std::move(gold);
  heatmap_->setGold(showsHeadlineAxes() ? gold_ : std::nullopt);
  updateStatistics();
}

void ModelPane::setRawScores(bool raw) {
  raw_requested_ = raw;
  raw_toggle_->setChecked(raw);
  updateQuantity();
}

void ModelPane::setLinesView(bool lines) {
  lines_toggle_->setChecked(lines);
  views_->setCurrentWidget(lines ? static_cast<QWidget*>(lines_) : heatmap_);
}

// Applies the options that change the data (hidden </s>) and redraws.
void ModelPane::refresh() {
  visible_ = options_.hide_end_of_sentence ? without_end_of_sentence_column(original_) : original_;
  map_chooser_->setMaps(visible_);
  heads_button_->setVisible(visible_.maps.size() > 1);
  shown_ = focus_on_map(visible_, map_chooser_->chosenIndex());
  heatmap_->setGold(showsHeadlineAxes() ? gold_ : std::nullopt);
  row_detail_->setAlternativesChoosable(canDecodeAgain());
  updateQuantity();
  heatmap_->setStepMetrics(step_metrics(shown_));
  heatmap_->setAlignment(shown_);
  lines_->setAlignment(shown_);
  translation_->setText(translationLine());
  if (row_detail_->isVisible() && row_detail_->row() < shown_.rows()) row_detail_->showRow(shown_, row_detail_->row());
  else row_detail_->hide();
  updateStatistics();
}

// Plain text on one line. A file's matrix may come without a translation:
// its row labels are one.
QString ModelPane::translationLine() const {
  if (!followsSentence()) {
    if (!shown_.translation.empty()) return QString::fromStdString(shown_.translation);
    const auto& rows = shown_.target_tokens;
    return QString::fromStdString(joined({rows.begin(), rows.begin() + target_word_count(shown_)}));
  }
  const QString text = QString::fromStdString(shown_.translation);
  if (what_if_) {
    return tr("what if “%1” at step %2: %3 · model: %4")
        .arg(what_if_->chosen)
        .arg(what_if_->row + 1)
        .arg(text, QString::fromStdString(what_if_->own.translation));
  }
  if (shown_.mode != DecodeMode::Forced) return text;
  if (own_translation_.isEmpty()) return tr("forced: %1").arg(text);
  if (own_translation_ == text) return tr("forced: %1 · the model's own translation too").arg(text);
  return tr("forced: %1 · model: %2").arg(text, own_translation_);
}

// What the model did not get to: words beyond what it reads, and a
// decoding that stopped at the length limit before emitting </s>.
QStringList ModelPane::limitNotes() const {
  QStringList notes;
  if (shown_.source_tokens_dropped > 0) {
    notes << tr("%n word(s) beyond %1 not read", nullptr, shown_.source_tokens_dropped).arg(kMaxSourceTokens);
  }
  if (followsSentence() && shown_.rows() > 0 && target_word_count(shown_) == shown_.rows()) {
    notes << tr("stopped at the length limit, no </s>").toHtmlEscaped();
  }
  for (QString& note : notes) note = QStringLiteral("<span style='color:%1'>%2</span>").arg(QColor(kUnreadColor).name(), note);
  return notes;
}

// Log-probability only where a decoder gave step probabilities: a file's
// matrix has none, and 0 would read as certainty.
void ModelPane::updateStatistics() {
  aer_.reset();
  if (!has_alignment_) return;
  if (gold_) aer_ = sentence_aer(original_, *gold_);
  QStringList parts;
  parts << limitNotes();
  if (!original_.steps.empty()) parts << tr("log p %1").arg(format_logprob(original_.logprob));
  parts << tr("mean entropy %1 nats").arg(mean_entropy(shown_.primary().weights), 0, 'f', 2);
  if (aer_) parts << tr("AER %1").arg(*aer_, 0, 'f', 2);
  if (shown_.beam_width > 1) parts << tr("beam %1").arg(shown_.beam_width);
  if (options_.hide_end_of_sentence) parts << tr("</s> hidden, rows renormalised").toHtmlEscaped();
  if (what_if_) {
    parts << tr("step %1 was “%2” <a href=\"back\">back to the model's own</a>")
                 .arg(what_if_->row + 1)
                 .arg(what_if_->original.toHtmlEscaped());
  }
  statistics_->setText(parts.join(QStringLiteral(" · ")));
}

// Decoding again from a chosen word needs the model and a free decoding
// whose rows are the target steps.
bool ModelPane::canDecodeAgain() const {
  return followsSentence() && has_alignment_ && original_.mode != DecodeMode::Forced &&
         (shown_.maps.empty() || shown_.primary().rows == MapAxis::Target);
}

void ModelPane::continueWith(int row, const QString& token) {
  if (!canDecodeAgain() || row < 0 || row >= original_.rows()) return;
  try {
    Alignment branch = decode_branch(*model_, original_, row, token.toStdString());
    WhatIf what_if{row, token, QString::fromStdString(original_.target_tokens[size_t(row)]),
                   what_if_ ? std::move(what_if_->own) : original_};
    original_ = std::move(branch);
    what_if_ = std::move(what_if);
  } catch (const std::exception& error) {
    statistics_->setText(tr("⚠ %1").arg(QString::fromUtf8(error.what()).toHtmlEscaped()));
    return;
  }
  row_detail_->hide();
  refresh();
}

void ModelPane::backToOwnTranslation() {
  if (!what_if_) return;
  original_ = std::move(what_if_->own);
  what_if_.reset();
  refresh();
}

// Gold links join target words to source words: they belong on a map of
// those axes only.
bool ModelPane::showsHeadlineAxes() const {
  return shown_.maps.empty() || (shown_.primary().rows == MapAxis::Target && shown_.primary().cols == MapAxis::Source);
}

void ModelPane::showHeads() {
  heads_popup_->setMaps(visible_, map_chooser_->chosenIndex(), color_gradient(options_.heatmap.color_map), gold_);
  heads_popup_->adjustSize();
  // Below the button, right-aligned with it, and always on the screen.
  const QPoint wanted = heads_button_->mapToGlobal(QPoint(heads_button_->width() - heads_popup_->width(), heads_button_->height()));
  const QRect screen = heads_button_->screen()->availableGeometry();
  heads_popup_->move(std::clamp(wanted.x(), screen.left(), std::max(screen.left(), screen.right() - heads_popup_->width())),
                     std::clamp(wanted.y(), screen.top(), std::max(screen.top(), screen.bottom() - heads_popup_->height())));
  heads_popup_->show();
}

void ModelPane::updateEquation() {
  const bool raw = quantity() == Quantity::Scores;
  const auto score = parse_score_function(info_.score);
  equation_->setVisible(raw);
  equation_->setText(tr("raw scores: %1").arg(score ? QString::fromUtf8(equation(*score)) : tr("e")));
}

// Raw scores where the alignment has them: a file often holds only weights.
bool ModelPane::hasScores() const {
  const AttentionMap& map = shown_.primary();
  return map.scores.size() > 0 && map.scores.size() == map.weights.size();
}

Quantity ModelPane::quantity() const {
  const bool available = !has_alignment_ || hasScores();
  return raw_requested_ && available ? Quantity::Scores : Quantity::Weights;
}

// Shows raw scores or weights, as asked and available, and says why the
// toggle is off when the matrix has no scores.
void ModelPane::updateQuantity() {
  const bool available = !has_alignment_ || hasScores();
  raw_toggle_->setEnabled(available);
  raw_toggle_->setToolTip(available ? tr("Show raw scores e (energies before the softmax) instead of weights α")
                                    : tr("This matrix has no raw scores, only weights α"));
  if (options_.heatmap.quantity != quantity()) {
    options_.heatmap.quantity = quantity();
    heatmap_->setOptions(options_.heatmap);
  }
  updateEquation();
}

void ModelPane::openRow(const Cell& cell) {
  if (!has_alignment_ || !cell.valid()) return;
  row_detail_->showRow(shown_, cell.row);
  placeRowDetail();
  row_detail_->show();
  row_detail_->raise();
}

// Over the heatmap on the side away from the clicked row, so that the row
// stays in sight: all the room on that side, never less than a readable
// minimum.
void ModelPane::placeRowDetail() {
  constexpr int kReadableHeight = 90;
  const QRect area = views_->geometry();
  const int row = row_detail_->row();
  const int row_y = row >= 0 ? heatmap_->mapTo(this, heatmap_->cellCenter({row, 0})).y() : area.top();
  const int half_cell = static_cast<int>(std::ceil(heatmap_->viewport().cellPixels() / 2));
  const int above = row_y - half_cell - area.top(), below = area.bottom() - row_y - half_cell;
  const bool under = below >= above;
  const int height = std::min(area.height(), std::max(kReadableHeight, under ? below : above));
  row_detail_->setGeometry(area.left(), under ? area.bottom() + 1 - height : area.top(), area.width(), height);
}

void ModelPane::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  if (row_detail_->isVisible()) placeRowDetail();
}

void ModelPane::mouseDoubleClickEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return QWidget::mouseDoubleClickEvent(event);
  emit maximizeRequested();
}

QString ModelPane::translationText() const { return translation_->text(); }
QString ModelPane::statisticsText() const { return statistics_->text(); }

}  // namespace attnviz::ui
