#include "view/HeatmapPlot.h"

#include "view/ColorMaps.h"
#include "view/HeatmapNavigator.h"
#include "view/OpaquePaintBuffer.h"
#include "view/VectorUnitState.h"
#include "view/ZoomOverview.h"

#include "alignment/ColourScale.h"
#include "alignment/HardAlignment.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace attnviz::ui {
namespace {

constexpr int kColorBarWidth = 12;

}  // namespace

HeatmapPlot::HeatmapPlot(QWidget* parent)
    : QCustomPlot(parent),
      source_axis_(xAxis2),
      target_axis_(yAxis),
      value_ticker_(new QCPAxisTicker),
      row_ticker_(new QCPAxisTickerText) {
  qRegisterMetaType<Cell>();
  // QCustomPlot repaints at once after a replot by default: five panes
  // given a sentence were painted and flushed one by one, then the frame
  // again. Queued, the frame paints them together (drawing 4.1-4.3 ->
  // 3.9-4.05 ms, bench/frame_time, alternating runs).
  setPlottingHint(QCP::phImmediateRefresh, false);
  useOpaqueBottomBuffer();
  setUpLayout();
  applyPalette();
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  new HeatmapNavigator(this);
  row_ticker_->setTicks({{0.0, tr("low")}, {1.0, tr("high")}});
}

// QCustomPlot's colour-map recipe: the map in the axis rect, the step
// columns and a colour scale beside it, and a margin group so that all
// share top and bottom edges.
void HeatmapPlot::setUpLayout() {
  xAxis->setVisible(false);
  yAxis2->setVisible(false);
  xAxis2->setVisible(true);
  xAxis2->setTickLabelPadding(CellOverlay::kMarkerSpace + 2);
  yAxis->setRangeReversed(true);
  plotLayout()->insertRow(0);
  title_ = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
  plotLayout()->addElement(0, 0, title_);
  scale_ = new QCPColorScale(this);
  scale_->setType(QCPAxis::atRight);
  scale_->setBarWidth(kColorBarWidth);
  // One colour map for every sentence: its data is replaced, not the plottable.
  color_map_ = new QCPColorMap(xAxis2, yAxis);
  color_map_->setInterpolate(false);  // crisp cells, also in SVG and PDF
  color_map_->setTightBoundary(false);
  color_map_->setColorScale(scale_);
  color_map_->setVisible(false);
  steps_ = new StepColumns(this, yAxis);
  plotLayout()->addElement(1, 1, steps_);
  plotLayout()->addElement(1, 2, scale_);
  auto* group = new QCPMarginGroup(this);
  for (QCPLayoutElement* element : std::initializer_list<QCPLayoutElement*>{axisRect(), steps_, scale_}) {
    element->setMarginGroup(QCP::msTop | QCP::msBottom, group);
  }
  // The annotations are painted over the plot's one buffer (TopLayerable);
  // QCustomPlot's top layer, buffered apart by default, holds only them.
  QCPLayer* annotations = layer(QStringLiteral("overlay"));
  annotations->setMode(QCPLayer::lmLogical);
  annotations->setVisible(false);
  overlay_ = new CellOverlay(this, annotations, xAxis2, yAxis);
  overlay_->annotations().cell_color = [this](const Cell& cell) { return cellColor(cell); };
  overview_ = new ZoomOverview(this, annotations, xAxis2, yAxis);
  showTitleRow(false);
  // Squaring the cells sets the axis rect's maximum size four times a
  // replot, and QCustomPlot reports every such change to the widget's
  // layout (QCPLayout::sizeConstraintsChanged -> updateGeometry): the pane
  // and the window laid themselves out again at every frame. The pane sets
  // the heatmap's minimum size and gives it the room, so the plot's layout
  // reports to a plain object instead.
  plotLayout()->setParent(new QObject(this));
}

// QCustomPlot reuses the buffers it finds and makes the missing ones.
void HeatmapPlot::useOpaqueBottomBuffer() {
  const QSharedPointer<QCPAbstractPaintBuffer> bottom(new OpaquePaintBuffer(mBackgroundBrush, mBufferDevicePixelRatio));
  if (mPaintBuffers.isEmpty()) mPaintBuffers.append(bottom);
  else mPaintBuffers[0] = bottom;
}

// The bottom buffer holds the background already (OpaquePaintBuffer).
void HeatmapPlot::paintEvent(QPaintEvent* event) {
  const QBrush background = std::exchange(mBackgroundBrush, QBrush(Qt::NoBrush));
  QCustomPlot::paintEvent(event);
  mBackgroundBrush = background;
  QCPPainter painter(this);
  paintAnnotations(&painter);
}

// Exports and toPixmap draw through here, not through the buffers.
void HeatmapPlot::draw(QCPPainter* painter) {
  QCustomPlot::draw(painter);
  paintAnnotations(painter);
}

void HeatmapPlot::paintAnnotations(QCPPainter* painter) {
  overlay_->paintOn(painter);
  overview_->paintOn(painter);
}

// Follows the widget's palette, so the app's dark theme and an export's
// default light one both read well.
void HeatmapPlot::applyPalette() {
  const QPalette colors = palette();
  const QColor text = colors.color(QPalette::WindowText);
  setBackground(colors.color(QPalette::Base));
  title_->setTextColor(text);
  steps_->setTextColor(text);
  for (QCPAxis* axis : {xAxis2, yAxis, scale_->axis()}) {
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->setTickPen(QPen(text));
    axis->setBasePen(Qt::NoPen);
  }
}

void HeatmapPlot::setAlignment(const Alignment& alignment, int map) {
  alignment_ = alignment;
  map_ = std::clamp(map, 0, std::max(0, static_cast<int>(alignment_.maps.size()) - 1));
  source_axis_.setTokens(alignment_.source_tokens);
  target_axis_.setTokens(alignment_.target_tokens);
  hovered_ = current_ = Cell{};
  overlay_->annotations().highlight = Cell{};
  viewport_.setMatrix(static_cast<int>(alignment_.rows()), static_cast<int>(alignment_.cols()));
  showColorMap();
  redraw();
}

void HeatmapPlot::clearAlignment() {
  steps_->setMetrics({});
  setAlignment(Alignment{});
}

void HeatmapPlot::setStepMetrics(StepMetrics metrics) { steps_->setMetrics(std::move(metrics)); }

void HeatmapPlot::setMinimumCell(double pixels) {
  viewport_.setMinimumCell(pixels);
  redraw();
}

void HeatmapPlot::setGold(std::optional<GoldAlignment> gold) {
  // The same gold again changes no mark: a replot would only cost a frame.
  if (gold == gold_) return;
  gold_ = std::move(gold);
  updateAnnotations();
  redraw();
}

void HeatmapPlot::setOptions(const HeatmapOptions& options) {
  options_ = options;
  showColorMap();
  redraw();
}

void HeatmapPlot::setTitle(const QString& title) {
  title_->setText(title);
  showTitleRow(!title.isEmpty());
  redraw();
}

// An empty title row would still take a line above the matrix, so the
// title leaves the layout while it is empty (the plot still owns it).
void HeatmapPlot::showTitleRow(bool show) {
  if (show == (title_->layout() != nullptr)) return;
  if (show) {
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, title_);
  } else {
    plotLayout()->take(title_);
    plotLayout()->simplify();
  }
}

void HeatmapPlot::setValueLabel(const QString& label) {
  value_label_ = label;
  updateColorScale();
  redraw();
}

QString HeatmapPlot::title() const { return title_->text(); }

const RowMatrix& HeatmapPlot::shownValues() const {
  static const RowMatrix kNone;
  if (alignment_.maps.empty()) return kNone;
  const AttentionMap& map = alignment_.maps[map_];
  const bool scores = options_.quantity == Quantity::Scores && map.scores.size() == map.weights.size();
  return scores ? map.scores : map.weights;
}

void HeatmapPlot::showColorMap() {
  color_map_->setVisible(!isEmpty());
  if (!isEmpty()) fillColorMap();
  updateColorScale();
  updateAnnotations();
  thumbnail_stale_ = true;
}

// The overview's thumbnail: the cells' own colours, one pixel each. Made
// when the overview shows, not for every sentence typed.
void HeatmapPlot::updateThumbnail() {
  thumbnail_stale_ = false;
  QImage thumbnail;
  if (!isEmpty()) {
    thumbnail = QImage(static_cast<int>(alignment_.cols()), static_cast<int>(alignment_.rows()), QImage::Format_RGB32);
    QCPColorGradient gradient = color_map_->gradient();  // one copy: color() fills its cache once
    const QCPRange range = color_map_->dataRange();
    for (int row = 0; row < thumbnail.height(); ++row) {
      for (int col = 0; col < thumbnail.width(); ++col) {
        thumbnail.setPixel(col, row, gradient.color(color_map_->data()->cell(col, row), range));
      }
    }
  }
  overview_->setThumbnail(std::move(thumbnail));
}

// The cells of the shown map, with one colour scale for the pane or values
// scaled per row by core (scaled_per_row) onto [0, 1].
void HeatmapPlot::fillColorMap() {
  const bool per_row = options_.scale == ColorScaleMode::PerRow;
  const RowMatrix values = per_row ? scaled_per_row(shownValues()) : shownValues();
  const int rows = static_cast<int>(values.rows());
  const int cols = static_cast<int>(values.cols());
  color_map_->setGradient(color_gradient(options_.color_map));
  color_map_->data()->setSize(cols, rows);
  color_map_->data()->setRange(QCPRange(0, cols - 1), QCPRange(0, rows - 1));
  clear_upper_vector_state();  // a call into QCustomPlot per cell
  for (int row = 0; row < rows; ++row) {
    for (int col = 0; col < cols; ++col) color_map_->data()->setCell(col, row, values(row, col));
  }
  // Weights read on one 0-1 scale in every pane, so that a colour is the
  // same weight side by side; raw scores have no common range.
  const bool weights = options_.quantity == Quantity::Weights && value_label_.isEmpty();
  if (per_row || weights) color_map_->setDataRange(QCPRange(0, 1));
  else color_map_->rescaleDataRange(true);
  const QCPRange range = color_map_->dataRange();
  // A pane whose cells are all equal (a one-word source) still needs a span.
  if (!(range.size() > 0)) color_map_->setDataRange(QCPRange(range.lower - 0.5, range.lower + 0.5));
}

void HeatmapPlot::updateColorScale() {
  scale_->setVisible(!isEmpty());
  scale_->setGradient(color_gradient(options_.color_map));
  steps_->setGradient(color_gradient(options_.color_map));
  const bool per_row = options_.scale == ColorScaleMode::PerRow;
  scale_->axis()->setTicker(per_row ? QSharedPointer<QCPAxisTicker>(row_ticker_) : value_ticker_);
  scale_->axis()->setLabel(per_row ? tr("%1, each row's own range").arg(valueName()) : valueName());
}

QString HeatmapPlot::valueName() const {
  if (!value_label_.isEmpty()) return value_label_;
  return options_.quantity == Quantity::Scores ? tr("raw score e") : tr("attention weight α");
}

void HeatmapPlot::updateAnnotations() {
  CellAnnotations& notes = overlay_->annotations();
  notes.values = isEmpty() ? nullptr : &shownValues();
  notes.decimals = options_.show_values ? (options_.quantity == Quantity::Weights ? 2 : 1) : -1;
  notes.argmax.clear();
  if (options_.show_argmax && !isEmpty()) notes.argmax = argmax_columns(alignment_.maps[map_].weights);
  notes.gold = options_.show_gold && gold_ ? *gold_ : GoldAlignment{};
  notes.unknown_columns = alignment_.source_unknown;
  notes.current = current_;
  const AttentionMap* map = isEmpty() ? nullptr : &alignment_.maps[map_];
  notes.window_spans = map ? window_spans(*map) : std::vector<WindowSpan>{};
  notes.window_centres = map ? map->window_centres : std::vector<float>{};
}

QColor HeatmapPlot::cellColor(const Cell& cell) const {
  const double value = color_map_->data()->cell(cell.col, cell.row);
  return color_map_->gradient().color(value, color_map_->dataRange());
}

void HeatmapPlot::redraw() {
  if (batches_ > 0) {
    redraw_pending_ = true;
    return;
  }
  replot();
}

void HeatmapPlot::closeBatch() {
  if (--batches_ > 0 || !redraw_pending_) return;
  redraw_pending_ = false;
  replot();
}

// Fits square cells, then labels for that cell size, then square cells
// again for the room those labels leave. Runs for every replot and every
// export size.
void HeatmapPlot::updateLayout() {
  // Only after the user zooms: a pane that merely scrolls at the smallest
  // cells would lose a corner of its cells to the thumbnail.
  overview_->setVisible(viewport_.zoom() > 1);
  if (overview_->visible() && thumbnail_stale_) updateThumbnail();
  fitSquareCells();
  source_axis_.fit();
  target_axis_.fit();
  fitSquareCells();
}

// Lays out once to learn the room the labels leave, lets the viewport
// choose the cells in view and their size there, then lays out again with
// the axis rect shrunk to them so that cells are square and the step
// columns and colour scale sit next to the matrix.
void HeatmapPlot::fitSquareCells() {
  axisRect()->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
  QCustomPlot::updateLayout();
  if (isEmpty()) return;
  viewport_.fit(axisRect()->rect().size());
  xAxis2->setRange(viewport_.columnRange());
  yAxis->setRange(viewport_.rowRange());
  const double cell = viewport_.cellPixels();
  const int width = static_cast<int>(std::ceil(cell * xAxis2->range().size() - 0.01));
  const int height = static_cast<int>(std::ceil(cell * yAxis->range().size() - 0.01));
  axisRect()->setMaximumSize(width, height);  // of the inner rect (QCP's scrInnerRect)
  QCustomPlot::updateLayout();
}

}  // namespace attnviz::ui
