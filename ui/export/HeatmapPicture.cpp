#include "export/HeatmapPicture.h"

#include "export/Provenance.h"

#include <qcustomplot.h>

#include <algorithm>

namespace attnviz::ui {

HeatmapPicture::HeatmapPicture(QSize pane_size) : pane_size_(pane_size) {}

HeatmapPicture::~HeatmapPicture() = default;

void HeatmapPicture::setAlignments(const ModelAlignments& alignments, const HeatmapOptions& options) {
  alignments_ = alignments;
  plots_.resize(alignments.size());
  for (size_t i = 0; i < alignments.size(); ++i) {
    if (!plots_[i]) plots_[i] = std::make_unique<HeatmapPlot>();
    plots_[i]->resize(pane_size_);
    plots_[i]->setOptions(options);
    plots_[i]->setAlignment(alignments[i].alignment);
    plots_[i]->setTitle(pane_title(alignments[i]));
  }
}

void HeatmapPicture::setGold(const std::optional<GoldAlignment>& gold) {
  for (const auto& plot : plots_) plot->setGold(gold);
}

int HeatmapPicture::columns() const { return std::clamp(paneCount(), 1, kMaxColumns); }

QSize HeatmapPicture::size() const {
  const int rows = (std::max(paneCount(), 1) + columns() - 1) / columns();
  return {pane_size_.width() * columns(), pane_size_.height() * rows};
}

QPoint HeatmapPicture::paneOrigin(int pane) const {
  return {pane % columns() * pane_size_.width(), pane / columns() * pane_size_.height()};
}

QString HeatmapPicture::title() const { return QString::fromStdString(picture_title(alignments_)); }

QString HeatmapPicture::provenance() const { return QString::fromStdString(provenance_text(alignments_)); }

void HeatmapPicture::paint(QCPPainter& painter) {
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
  if (item.alignment.mode == DecodeMode::Beam) title += QStringLiteral(" · beam %1").arg(item.alignment.beam_width);
  if (item.alignment.mode == DecodeMode::Forced) title += QStringLiteral(" · forced");
  return title;
}

}  // namespace attnviz::ui
