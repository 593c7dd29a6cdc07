#include "app/ComparisonView.h"

#include "alignment/AttentionStatistics.h"
#include "app/ModelPane.h"
#include "view/ColorMaps.h"
#include "view/HeatmapPlot.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace attnviz::ui {
namespace {

bool comparable(const ModelPane* a, const ModelPane* b) {
  return a->hasAlignment() && b->hasAlignment() &&
         a->shownAlignment().target_tokens == b->shownAlignment().target_tokens &&
         a->shownAlignment().source_tokens == b->shownAlignment().source_tokens;
}

}  // namespace

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent),
      table_(new QTableWidget(this)),
      hint_(new QLabel(this)),
      first_(new QComboBox(this)),
      second_(new QComboBox(this)),
      difference_(new HeatmapPlot(this)) {
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->setToolTip(tr("Mean Jensen-Shannon divergence of the attention rows, in bits:\n"
                        "0 = the same alignment, 1 = no source token in common"));
  table_->setMaximumHeight(170);
  hint_->setWordWrap(true);
  hint_->setForegroundRole(QPalette::PlaceholderText);
  auto* choose = new QHBoxLayout;
  choose->addWidget(new QLabel(tr("Difference"), this));
  choose->addWidget(first_, 1);
  choose->addWidget(new QLabel(tr("−"), this));
  choose->addWidget(second_, 1);
  connect(first_, &QComboBox::currentIndexChanged, this, &ComparisonView::showDifference);
  connect(second_, &QComboBox::currentIndexChanged, this, &ComparisonView::showDifference);
  difference_->setMinimumHeight(220);
  HeatmapOptions plain;
  plain.show_argmax = false;  // the largest difference is no alignment
  difference_->setOptions(plain);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(table_);
  layout->addWidget(hint_);
  layout->addLayout(choose);
  layout->addWidget(difference_, 1);
}

// A hidden comparison (its dock closed, as a rule) catches up when shown:
// its table and difference heatmap cost every keystroke a replot and a
// divergence per pair of panes.
void ComparisonView::setPanes(const std::vector<ModelPane*>& panes) {
  panes_ = panes;
  stale_ = true;
  if (isVisible()) refresh();
}

void ComparisonView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (stale_) refresh();
}

void ComparisonView::refresh() {
  stale_ = false;
  fillTable();
  fillChoices();
  showDifference();
}

QString ComparisonView::divergenceText(int i, int j) const {
  const ModelPane* a = panes_.at(i);
  const ModelPane* b = panes_.at(j);
  if (!comparable(a, b)) return {};
  const double divergence = mean_js_divergence(a->shownAlignment().primary().weights,
                                               b->shownAlignment().primary().weights);
  return QString::number(divergence, 'f', 3);
}

void ComparisonView::fillTable() {
  const int n = static_cast<int>(panes_.size());
  table_->clear();
  table_->setRowCount(n);
  table_->setColumnCount(n);
  QStringList names;
  for (const ModelPane* pane : panes_) names << pane->displayName();
  table_->setHorizontalHeaderLabels(names);
  table_->setVerticalHeaderLabels(names);
  bool all = true;
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      const QString text = divergenceText(i, j);
      all = all && !text.isEmpty();
      auto* item = new QTableWidgetItem(text.isEmpty() ? tr("—") : text);
      item->setTextAlignment(Qt::AlignCenter);
      table_->setItem(i, j, item);
    }
  }
  hint_->setText(all ? tr("Mean Jensen-Shannon divergence of attention rows (bits).")
                     : tr("Panes with different translations have no common rows: enter a reference "
                          "translation to compare every pane on the same target."));
}

void ComparisonView::fillChoices() {
  for (QComboBox* box : {first_, second_}) {
    const QSignalBlocker block(box);
    const QString kept = box->currentText();
    box->clear();
    for (const ModelPane* pane : panes_) box->addItem(pane->displayName());
    box->setCurrentIndex(std::max(0, box->findText(kept)));
  }
  if (second_->currentIndex() == first_->currentIndex() && panes_.size() > 1) {
    const QSignalBlocker block(second_);
    second_->setCurrentIndex(first_->currentIndex() == 0 ? 1 : 0);
  }
}

void ComparisonView::showDifference() {
  const int a = first_->currentIndex();
  const int b = second_->currentIndex();
  if (a < 0 || b < 0 || a >= int(panes_.size()) || b >= int(panes_.size()) || !comparable(panes_[a], panes_[b])) {
    difference_->clearAlignment();
    difference_->setTitle(tr("choose two panes with the same translation"));
    return;
  }
  Alignment shown = panes_[a]->shownAlignment();
  const RowMatrix delta = difference(shown.primary().weights, panes_[b]->shownAlignment().primary().weights);
  shown.maps = {AttentionMap{"difference", delta, delta}};
  difference_->setAlignment(shown);
  difference_->setValueLabel(tr("weight difference (%1 − %2)").arg(first_->currentText(), second_->currentText()));
  difference_->setTitle(tr("%1 − %2").arg(first_->currentText(), second_->currentText()));
  centre_on_zero(difference_, delta.cwiseAbs().maxCoeff());
}

// Wide enough for the table: a column per pane, each as wide as its name.
QSize ComparisonView::sizeHint() const {
  const QFontMetrics metrics = table_->horizontalHeader()->fontMetrics();
  int names = 0;
  for (const ModelPane* pane : panes_) names = std::max(names, metrics.horizontalAdvance(pane->displayName()));
  const int columns = static_cast<int>(panes_.size());
  const int width = (columns + 1) * (names + kCellPadding) + 2 * table_->frameWidth();
  return {std::max(width, QWidget::sizeHint().width()), QWidget::sizeHint().height()};
}

}  // namespace attnviz::ui
