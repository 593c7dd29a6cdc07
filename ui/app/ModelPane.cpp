#include "app/ModelPane.h"

#include "alignment/AlignmentErrorRate.h"
#include "alignment/AttentionStatistics.h"
#include "alignment/EndOfSentence.h"
#include "alignment/MapFocus.h"
#include "app/BranchView.h"
#include "app/HeadsPopup.h"
#include "app/InterventionMenu.h"
#include "app/MapChooser.h"
#include "app/PaneHeader.h"
#include "app/PaneText.h"
#include "app/StepBar.h"
#include "export/ExportDialog.h"
#include "model/ScoreFunction.h"
#include "view/AlignmentLinesView.h"
#include "view/CardBackground.h"
#include "view/ColorMaps.h"
#include "view/ElidedLabel.h"
#include "view/RowDetail.h"
#include "view/VectorUnitState.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QScreen>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace attnviz::ui {
namespace {

// p(y) and H(α) of every step, for the columns beside the heatmap's rows.
StepMetrics step_metrics(const Alignment& alignment) {
  StepMetrics metrics;
  for (const DecodeStep& step : alignment.steps) metrics.probabilities.push_back(step.probability);
  clear_upper_vector_state();  // row_entropies calls log() per cell
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
      origin_(new QLabel(this)),
      translation_(new ElidedLabel(this)),
      statistics_(new QLabel(this)),
      equation_(new QLabel(this)),
      views_(new QStackedWidget(this)),
      heatmap_(new HeatmapPlot(this)),
      lines_(new AlignmentLinesView(this)),
      row_detail_(new RowDetail(this)),
      map_chooser_(new MapChooser(this)),
      heads_popup_(new HeadsPopup(this)),
      branch_view_(new BranchView(this)),
      step_bar_(new StepBar(this)),
      interventions_(new InterventionMenu(heatmap_)) {
  setObjectName(QStringLiteral("pane-") + displayName());
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
  // Room for rotated labels and five or more rows of readable cells; below
  // it the panes scroll (MainWindow).
  heatmap_->setMinimumSize(160, 170);
  heatmap_->setMinimumCell(HeatmapPlot::kReadableCell);
  // Over the pane, outside its layout: opening it resizes nothing.
  row_detail_->setVisible(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(8, 6, 8, 6);
  layout->setSpacing(3);
  layout->addWidget(makeHeader());
  layout->addWidget(origin_);
  layout->addWidget(translation_);
  layout->addWidget(statistics_);
  layout->addWidget(equation_);
  layout->addWidget(makeContent(), 1);
  layout->addWidget(step_bar_);
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
  connect(step_bar_, &StepBar::stepChanged, this, &ModelPane::showStep);
  connect(interventions_, &InterventionMenu::maskRequested, this, &ModelPane::toggleMask);
  connect(interventions_, &InterventionMenu::pinRequested, this, &ModelPane::togglePin);
  connect(interventions_, &InterventionMenu::clearRequested, this, &ModelPane::backToOwnTranslation);
  statistics_->setTextFormat(Qt::RichText);
  statistics_->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
  connect(statistics_, &QLabel::linkActivated, this, &ModelPane::backToOwnTranslation);
  connect(heads_popup_, &HeadsPopup::mapClicked, this, [this](size_t index) {
    const AttentionMap& map = visible_.maps[index];
    map_chooser_->choose(map.kind, map.layer, map.head);
  });
  connect(heads_popup_, &HeadsPopup::switchedOffChanged, this, &ModelPane::switchHeadsOff);
  connect(heads_popup_, &HeadsPopup::rankRequested, this, &ModelPane::rankHeads);
  connect(heads_popup_, &HeadsPopup::exportRequested, this, &ModelPane::exportHeads);
  heads_popup_->setCanSwitchHeads(info_.kind == "transformer");
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

PaneHeader* ModelPane::makeHeader() {
  header_ = new PaneHeader(map_chooser_, !followsSentence(), this);
  header_->setTitle(header_html(info_, followsSentence()), QString::fromStdString(info_.path));
  connect(header_, &PaneHeader::headsClicked, this, &ModelPane::showHeads);
  connect(header_, &PaneHeader::beamTreeClicked, this, &ModelPane::showBeamTree);
  connect(header_, &PaneHeader::stepsToggled, this, &ModelPane::setStepping);
  connect(header_, &PaneHeader::rawToggled, this, &ModelPane::setRawScores);
  connect(header_, &PaneHeader::linesToggled, this, &ModelPane::setLinesView);
  connect(header_, &PaneHeader::closeClicked, this, &ModelPane::closeRequested);
  return header_;
}

// The heatmap (or lines), and beside it a what-if's own result and difference.
QWidget* ModelPane::makeContent() {
  auto* content = new QWidget(this);
  auto* layout = new QHBoxLayout(content);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(views_, 3);
  layout->addWidget(branch_view_, 2);
  branch_view_->setVisible(false);
  step_bar_->setVisible(false);
  return content;
}

void ModelPane::setAlignment(const Alignment& alignment, const QString& own_translation) {
  what_if_.reset();
  original_ = alignment;
  own_translation_ = own_translation;
  has_alignment_ = true;
  refresh();
  updateBeamTree();
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
  header_->setHeadsAvailable(false);
  header_->setBeamTreeAvailable(false);
  aer_.reset();
  heatmap_->clearAlignment();
  heatmap_->setMarks({});
  lines_->setAlignment(shown_);
  branch_view_->hide();
  row_detail_->hide();
  step_bar_->setSteps({});
  translation_->setText(tr("—"));
  statistics_->clear();
  updateQuantity();
  updateBeamTree();
}

void ModelPane::setOptions(const PaneOptions& options) {
  options_ = options;
  options_.heatmap.quantity = quantity();
  heatmap_->setOptions(options_.heatmap);
  branch_view_->setOptions(options_.heatmap);
  if (has_alignment_) refresh();
}

void ModelPane::setGold(std::optional<GoldAlignment> gold) {
  if (gold == gold_) return;  // the statistics already count it
  gold_ = std::move(gold);
  heatmap_->setGold(showsHeadlineAxes() ? gold_ : std::nullopt);
  updateStatistics();
}

void ModelPane::setRawScores(bool raw) {
  raw_requested_ = raw;
  header_->setRawChecked(raw);
  updateQuantity();
}

void ModelPane::setLinesView(bool lines) {
  header_->setLinesChecked(lines);
  views_->setCurrentWidget(lines ? static_cast<QWidget*>(lines_) : heatmap_);
  updateBranchView();
}

// The options that change the data (hidden </s>), then the chosen map.
Alignment ModelPane::prepared(const Alignment& alignment) const {
  const Alignment visible = options_.hide_end_of_sentence ? without_end_of_sentence_column(alignment) : alignment;
  return focus_on_map(visible, map_chooser_->chosenIndex());
}

// Applies the options that change the data (hidden </s>) and redraws the
// heatmap once for all of it.
void ModelPane::refresh() {
  {
    HeatmapPlot::Batch batch(*heatmap_);
    updateViews();
  }
  // The row details are placed by the heatmap's cells as now drawn.
  if (stepping_) showStep();
  else if (row_detail_->isVisible() && row_detail_->row() < shown_.rows()) row_detail_->showRow(shown_, row_detail_->row());
  else row_detail_->hide();
  updateStatistics();
}

void ModelPane::updateViews() {
  visible_ = options_.hide_end_of_sentence ? without_end_of_sentence_column(original_) : original_;
  map_chooser_->setMaps(visible_);
  // Heads at a glance need heads: a hard model's policy is a second map, not a head.
  header_->setHeadsAvailable(std::count_if(visible_.maps.begin(), visible_.maps.end(), is_single_head) > 1);
  shown_ = focus_on_map(visible_, map_chooser_->chosenIndex());
  heatmap_->setGold(showsHeadlineAxes() ? gold_ : std::nullopt);
  row_detail_->setAlternativesChoosable(canDecodeAgain());
  interventions_->setAvailable(canIntervene(), tr("Masking and pinning need the model's decoding of the "
                                                  "sentence (free or forced), on its attention over the source"));
  updateQuantity();
  StepMetrics metrics = step_metrics(shown_);
  mean_entropy_ = mean_entropy(metrics.entropies);  // once per sentence, for the statistics line
  heatmap_->setStepMetrics(std::move(metrics));
  heatmap_->setAlignment(shown_);
  lines_->setAlignment(shown_);
  translation_->setText(translation_line(shown_, followsSentence(), what_if_, own_translation_));
  step_bar_->setSteps(shown_.target_tokens);
  updateBranchView();
  updateMarks();
}

void ModelPane::updateStatistics() {
  aer_.reset();
  if (!has_alignment_) return;
  if (gold_) aer_ = sentence_aer(original_, *gold_);
  PaneFacts facts{original_, shown_, mean_entropy_, followsSentence(), aer_, options_.hide_end_of_sentence,
                  what_if_.active()};
  statistics_->setText(statistics_line(facts));
}

// Gold links join target words to source words: they belong on a map of
// those axes only.
bool ModelPane::showsHeadlineAxes() const {
  return shown_.maps.empty() || (shown_.primary().rows == MapAxis::Target && shown_.primary().cols == MapAxis::Source);
}

void ModelPane::exportHeads(MapKind kind) {
  ModelAlignments heads;
  for (Alignment& head : focus_on_heads(visible_, kind)) heads.push_back({info_, std::move(head)});
  if (heads.empty()) return;
  // Gold links name target rows and source columns: cross-attention's axes.
  const auto gold = kind == MapKind::Cross ? gold_ : std::nullopt;
  ExportDialog::exportPicture(window(), heads, options_.heatmap, gold, map_grid_shape(visible_, kind).heads);
}

void ModelPane::showHeads() {
  heads_popup_->setSwitchedOff(what_if_.request().masked_heads);
  heads_popup_->setMaps(visible_, map_chooser_->chosenIndex(), color_gradient(options_.heatmap.color_map), gold_);
  heads_popup_->adjustSize();
  // Below the button, right-aligned with it, and always on the screen.
  const QToolButton* button = header_->headsButton();
  const QPoint wanted = button->mapToGlobal(QPoint(button->width() - heads_popup_->width(), button->height()));
  const QRect screen = button->screen()->availableGeometry();
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
  header_->setRawAvailable(available);
  if (options_.heatmap.quantity != quantity()) {
    options_.heatmap.quantity = quantity();
    heatmap_->setOptions(options_.heatmap);
  }
  updateEquation();
}

// While stepping, a click walks to the clicked row's step.
void ModelPane::openRow(const Cell& cell) {
  if (!has_alignment_ || !cell.valid()) return;
  if (stepping_) {
    step_bar_->setStep(cell.row);
    return showStep();
  }
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

void ModelPane::paintEvent(QPaintEvent*) { paint_card(*this); }

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
