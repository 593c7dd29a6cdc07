#include "view/HeatmapNavigator.h"

#include "view/HeatmapPlot.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>
#include <utility>

namespace attnviz::ui {
namespace {

constexpr double kZoomStep = 1.25;  // per wheel notch or key press
constexpr double kScrollCells = 3;  // per wheel notch, as text views scroll lines

}  // namespace

HeatmapNavigator::HeatmapNavigator(HeatmapPlot* plot) : QObject(plot), plot_(plot) {
  plot->installEventFilter(this);
}

// Runs before QCustomPlot's own handlers, which still see every event this
// lets through.
bool HeatmapNavigator::eventFilter(QObject* watched, QEvent* event) {
  if (watched != plot_) return false;
  switch (event->type()) {
    case QEvent::MouseButtonPress: press(static_cast<QMouseEvent*>(event)); return false;
    case QEvent::MouseMove: move(static_cast<QMouseEvent*>(event)); return false;
    case QEvent::MouseButtonRelease: release(static_cast<QMouseEvent*>(event)); return false;
    case QEvent::MouseButtonDblClick: double_clicked_ = true; return false;
    case QEvent::Wheel: return wheel(static_cast<QWheelEvent*>(event));
    case QEvent::KeyPress: {
      const auto* key = static_cast<QKeyEvent*>(event);
      return zoomKey(key) || walkKey(key);
    }
    case QEvent::Leave: plot_->hoverCell({}); return false;
    default: return false;
  }
}

void HeatmapNavigator::press(const QMouseEvent* event) {
  dragged_ = false;
  if (event->button() == Qt::LeftButton) drag_from_ = event->position();
}

void HeatmapNavigator::move(const QMouseEvent* event) {
  if (drag_from_ && dragTo(event->position())) return;
  plot_->hoverCell(plot_->cellAt(event->position()));
}

// A left-button drag pans the cells under the pointer, once it has moved
// farther than a click's jitter and while some cells are out of view.
bool HeatmapNavigator::dragTo(const QPointF& pixel) {
  const QPointF moved = pixel - *drag_from_;
  if (!plot_->viewport().isPartial()) return false;
  if (!dragged_ && moved.manhattanLength() < QApplication::startDragDistance()) return false;
  dragged_ = true;
  drag_from_ = pixel;
  const double cell = plot_->viewport().cellPixels();
  plot_->scrollCells(-moved.x() / cell, -moved.y() / cell);
  return true;
}

void HeatmapNavigator::release(const QMouseEvent* event) {
  drag_from_.reset();
  // A double-click's last release is no click: the pane may have been
  // maximised under the pointer, which now points at another cell.
  if (std::exchange(double_clicked_, false)) return;
  const Cell cell = plot_->cellAt(event->position());
  if (!dragged_ && cell.valid() && event->button() == Qt::LeftButton) plot_->clickCell(cell);
}

// Ctrl+wheel zooms about the pointer; the wheel alone scrolls the rows
// (with Shift, the columns) while some are out of view, and is otherwise
// left to the widgets around (ignored, so Qt passes it on).
bool HeatmapNavigator::wheel(QWheelEvent* event) {
  const QPointF notches = QPointF(event->angleDelta()) / 120.0;
  if (event->modifiers() & Qt::ControlModifier) {
    plot_->zoomAt(event->position(), std::pow(kZoomStep, notches.y()));
    return true;
  }
  if (!plot_->viewport().isPartial()) {
    event->ignore();
    return true;
  }
  const bool sideways = event->modifiers() & Qt::ShiftModifier;
  plot_->scrollCells(-kScrollCells * (notches.x() + (sideways ? notches.y() : 0)),
                     sideways ? 0 : -kScrollCells * notches.y());
  return true;
}

// Ctrl+plus and Ctrl+minus zoom about the current cell, Ctrl+0 shows the
// whole matrix again.
bool HeatmapNavigator::zoomKey(const QKeyEvent* event) {
  if (!(event->modifiers() & Qt::ControlModifier)) return false;
  const Cell current = plot_->currentCell();
  const QPointF centre = current.valid() ? QPointF(plot_->cellCenter(current))
                                         : QPointF(plot_->axisRect()->rect().center());
  switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: plot_->zoomAt(centre, kZoomStep); return true;
    case Qt::Key_Minus: plot_->zoomAt(centre, 1 / kZoomStep); return true;
    case Qt::Key_0: plot_->resetZoom(); return true;
    default: return false;
  }
}

// Arrow keys walk the cells, Home and End go to a row's ends, Return opens
// the current row's details.
bool HeatmapNavigator::walkKey(const QKeyEvent* event) {
  const Cell from = plot_->currentCell().valid() ? plot_->currentCell() : Cell{0, 0};
  const int last_col = static_cast<int>(plot_->alignment().cols()) - 1;
  switch (event->key()) {
    case Qt::Key_Left: plot_->setCurrentCell({from.row, from.col - 1}); break;
    case Qt::Key_Right: plot_->setCurrentCell({from.row, from.col + 1}); break;
    case Qt::Key_Up: plot_->setCurrentCell({from.row - 1, from.col}); break;
    case Qt::Key_Down: plot_->setCurrentCell({from.row + 1, from.col}); break;
    case Qt::Key_Home: plot_->setCurrentCell({from.row, 0}); break;
    case Qt::Key_End: plot_->setCurrentCell({from.row, last_col}); break;
    case Qt::Key_Return:
    case Qt::Key_Enter: plot_->clickCell(from); return true;
    default: return false;
  }
  plot_->hoverCell(plot_->currentCell());
  return true;
}

}  // namespace attnviz::ui
