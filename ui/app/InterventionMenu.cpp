#include "app/InterventionMenu.h"

#include "view/HeatmapPlot.h"

#include <QMenu>

#include <algorithm>
#include <cmath>

namespace attnviz::ui {

InterventionMenu::InterventionMenu(HeatmapPlot* plot) : QObject(plot), plot_(plot) {
  plot->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(plot, &QWidget::customContextMenuRequested, this,
          [this](const QPoint& pixel) { menuAt(pixel)->popup(plot_->mapToGlobal(pixel)); });
}

void InterventionMenu::setAvailable(bool available, const QString& why_not) {
  available_ = available;
  why_not_ = why_not;
}

// A cell, or a column label above the cells (row -1).
Cell InterventionMenu::pointedAt(const QPoint& pixel) const {
  const Cell cell = plot_->cellAt(pixel);
  if (cell.valid() || plot_->isEmpty()) return cell;
  const QRect cells = plot_->axisRect()->rect();
  const int col = static_cast<int>(std::lround(plot_->xAxis2->pixelToCoord(pixel.x())));
  if (pixel.y() >= cells.top() || col < 0 || col >= plot_->alignment().cols()) return {};
  return {-1, col};
}

QString InterventionMenu::sourceWord(int column) const {
  return QString::fromStdString(plot_->alignment().source_tokens[static_cast<size_t>(column)]);
}

QMenu* InterventionMenu::menuAt(const QPoint& pixel) {
  delete menu_;
  menu_ = new QMenu(plot_);
  menu_->setObjectName(QStringLiteral("interventionMenu"));
  const Cell cell = pointedAt(pixel);
  if (!available_) {
    menu_->addAction(why_not_)->setEnabled(false);
    return menu_;
  }
  if (cell.col < 0) {
    menu_->addAction(tr("Right-click a cell or a source word to mask it or pin a step to it"))->setEnabled(false);
  } else {
    addMask(menu_, cell.col);
    if (cell.row >= 0) addPin(menu_, cell);
  }
  const CellMarks& marks = plot_->marks();
  if (!marks.hatched_columns.empty() || !marks.pinned.empty()) {
    menu_->addSeparator();
    connect(menu_->addAction(tr("Clear every intervention")), &QAction::triggered, this, &InterventionMenu::clearRequested);
  }
  return menu_;
}

void InterventionMenu::addMask(QMenu* menu, int column) {
  const auto& masked = plot_->marks().hatched_columns;
  const bool is_masked = std::find(masked.begin(), masked.end(), column) != masked.end();
  const QString text = is_masked ? tr("Unmask “%1”") : tr("Mask “%1” (attention to it forced to 0, rows renormalised)");
  QAction* action = menu->addAction(text.arg(sourceWord(column)));
  action->setObjectName(QStringLiteral("maskAction"));
  connect(action, &QAction::triggered, this, [this, column] { emit maskRequested(column); });
}

void InterventionMenu::addPin(QMenu* menu, const Cell& cell) {
  const auto& pinned = plot_->marks().pinned;
  const bool is_pinned = std::find(pinned.begin(), pinned.end(), cell) != pinned.end();
  const QString text = is_pinned ? tr("Unpin step %1").arg(cell.row + 1)
                                 : tr("Pin step %1 to “%2” (all its attention there)").arg(cell.row + 1).arg(sourceWord(cell.col));
  QAction* action = menu->addAction(text);
  action->setObjectName(QStringLiteral("pinAction"));
  connect(action, &QAction::triggered, this, [this, cell] { emit pinRequested(cell); });
}

}  // namespace attnviz::ui
