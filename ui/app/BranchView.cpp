#include "app/BranchView.h"

#include "view/ColorMaps.h"
#include "view/HeatmapPlot.h"

#include <QVBoxLayout>

namespace attnviz::ui {
namespace {

CellMarks changed(const std::vector<bool>& rows) {
  CellMarks marks;
  marks.changed_rows = rows;
  return marks;
}

}  // namespace

BranchView::BranchView(QWidget* parent)
    : QWidget(parent), own_(new HeatmapPlot(this)), difference_(new HeatmapPlot(this)) {
  own_->setObjectName(QStringLiteral("ownHeatmap"));
  difference_->setObjectName(QStringLiteral("differenceHeatmap"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  for (HeatmapPlot* plot : {own_, difference_}) {
    plot->setMinimumSize(140, 100);
    plot->setMinimumCell(HeatmapPlot::kReadableCell);
    layout->addWidget(plot, 1);
  }
}

void BranchView::setOptions(const HeatmapOptions& options) {
  own_->setOptions(options);
  HeatmapOptions plain = options;
  plain.show_argmax = false;  // the largest difference is no alignment
  plain.quantity = Quantity::Weights;
  plain.scale = ColorScaleMode::PerPane;
  difference_->setOptions(plain);
}

void BranchView::showBranch(const Alignment& own, const BranchComparison& comparison) {
  own_->setTitle(tr("the model's own"));
  own_->setAlignment(own);
  own_->setMarks(changed(comparison.own_changed));
  showDifference(comparison);
}

void BranchView::showDifference(const BranchComparison& comparison) {
  if (!comparison.difference) {
    difference_->clearAlignment();
    difference_->setTitle(tr("no difference: another source"));
    return;
  }
  const RowMatrix& delta = comparison.difference->primary().weights;
  difference_->setTitle(tr("branch − own"));
  difference_->setAlignment(*comparison.difference);
  difference_->setValueLabel(tr("weight difference (branch − own)"));
  difference_->setMarks(changed(comparison.changed));
  centre_on_zero(difference_, delta.cwiseAbs().maxCoeff());
}

}  // namespace attnviz::ui
