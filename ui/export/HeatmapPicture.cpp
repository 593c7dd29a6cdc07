#include "export/HeatmapPicture.h"

#include "export/Provenance.h"

#include <qcustomplot.h>

#include <algorithm>

namespace attnviz::ui {
namespace {

// The text and background of a figure: black on white, or the app's dark
// theme's colours; a transparent figure keeps the light one's text.
QPalette figure_palette(FigureBackground background) {
  const bool dark = background == FigureBackground::Dark;
  const QColor text = dark ? QColor(0xe6, 0xe8, 0xee) : QColor(0x20, 0x20, 0x20);
  QColor base = dark ? QColor(0x1b, 0x1d, 0x23) : QColor(Qt::white);
  if (background == FigureBackground::Transparent) base = Qt::transparent;
  QPalette palette;
  palette.setColor(QPalette::Base, base);
  palette.setColor(QPalette::Window, base);
  palette.setColor(QPalette::WindowText, text);
  palette.setColor(QPalette::Text, text);
  palette.setColor(QPalette::PlaceholderText, dark ? QColor(0x8d, 0x93, 0xa1) : QColor(0x70, 0x70, 0x70));
  return palette;
}

}  // namespace

HeatmapPicture::HeatmapPicture(QSize pane_size) : pane_size_(pane_size) {}

HeatmapPicture::~HeatmapPicture() = default;

void HeatmapPicture::setAlignments(const ModelAlignments& alignments, const HeatmapOptions& options) {
  alignments_ = alignments;
  plots_.resize(alignments.size());
  for (size_t i = 0; i < alignments.size(); ++i) {
    if (!plots_[i]) {
      plots_[i] = std::make_unique<HeatmapPlot>();
      applyBackground(*plots_[i]);
    }
    plots_[i]->resize(pane_size_);
    plots_[i]->setOptions(options);
    plots_[i]->setAlignment(alignments[i].alignment);
    plots_[i]->setTitle(pane_title(alignments[i]));
  }
}

void HeatmapPicture::setGold(const std::optional<GoldAlignment>& gold) {
  for (const auto& plot : plots_) plot->setGold(gold);
}

void HeatmapPicture::setBackground(FigureBackground background) {
  background_ = background;
  for (const auto& plot : plots_) applyBackground(*plot);
}

void HeatmapPicture::applyBackground(HeatmapPlot& plot) const { plot.setPalette(figure_palette(background_)); }

QColor HeatmapPicture::backgroundColor() const { return figure_palette(background_).color(QPalette::Base); }

void HeatmapPicture::setMaxColumns(int columns) { max_columns_ = std::max(columns, 1); }

int HeatmapPicture::rowCount() const { return (std::max(paneCount(), 1) + max_columns_ - 1) / max_columns_; }

// The widest row; every row is this wide or one pane shorter.
int HeatmapPicture::columns() const { return (std::max(paneCount(), 1) + rowCount() - 1) / rowCount(); }

// The first rows are full: 5 panes are 3 + 2, 7 are 3 + 2 + 2.
int HeatmapPicture::panesInRow(int row) const {
  const int full_rows = std::max(paneCount(), 1) - rowCount() * (columns() - 1);
  return row < full_rows ? columns() : columns() - 1;
}

QSize HeatmapPicture::size() const {
  return {pane_size_.width() * columns(), pane_size_.height() * rowCount()};
}

QPoint HeatmapPicture::paneOrigin(int pane) const {
  int row = 0;
  while (pane >= panesInRow(row)) pane -= panesInRow(row++);
  const int indent = (columns() - panesInRow(row)) * pane_size_.width() / 2;
  return {indent + pane * pane_size_.width(), row * pane_size_.height()};
}

QString HeatmapPicture::title() const { return QString::fromStdString(picture_title(alignments_)); }

QString HeatmapPicture::provenance() const { return QString::fromStdString(provenance_text(alignments_)); }

void HeatmapPicture::paint(QCPPainter& painter) {
  painter.fillRect(QRect(QPoint(0, 0), size()), backgroundColor());  // also beside a centred last row
  for (int pane = 0; pane < paneCount(); ++pane) {
    painter.save();
    painter.translate(paneOrigin(pane));
    plots_[static_cast<size_t>(pane)]->toPainter(&painter, pane_size_.width(), pane_size_.height());
    painter.restore();
  }
}

QString pane_title(const ModelAlignment& item) {
  QString title = QString::fromStdString(item.model.name);
  if (!item.model.score.empty() && item.model.score != item.model.name)
    title += QStringLiteral(" · %1 score").arg(QString::fromStdString(item.model.score));
  // A pane on one head or a rollout says which; the headline goes untitled.
  const AttentionMap& shown = item.alignment.primary();
  if (item.alignment.maps.size() > 1 && shown.head != kMeanOverHeads)
    title += QStringLiteral(" · %1").arg(QString::fromStdString(shown.name));
  if (item.alignment.mode == DecodeMode::Beam) title += QStringLiteral(" · beam %1").arg(item.alignment.beam_width);
  if (item.alignment.mode == DecodeMode::Forced) title += QStringLiteral(" · forced");
  return title;
}

}  // namespace attnviz::ui
