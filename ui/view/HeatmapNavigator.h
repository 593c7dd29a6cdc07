#pragma once
// What the pointer and the keys do on a heatmap: hover and click cells,
// Ctrl+wheel zoom about the pointer, wheel and drag pan while cells are out
// of view, arrow keys walk the cells, Ctrl+plus/minus/0 zoom. Watches its
// plot's events (an event filter), so the plot itself only draws.

#include <QObject>
#include <QPointF>

#include <optional>

class QKeyEvent;
class QMouseEvent;
class QWheelEvent;

namespace attnviz::ui {

class HeatmapPlot;

class HeatmapNavigator : public QObject {
 public:
  // Owned by `plot`, whose events it watches from now on.
  explicit HeatmapNavigator(HeatmapPlot* plot);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void press(const QMouseEvent* event);
  void move(const QMouseEvent* event);
  bool dragTo(const QPointF& pixel);
  void release(const QMouseEvent* event);
  bool wheel(QWheelEvent* event);
  bool zoomKey(const QKeyEvent* event);
  bool walkKey(const QKeyEvent* event);

  HeatmapPlot* plot_;
  std::optional<QPointF> drag_from_;  // the pointer's last place while the left button pans
  bool dragged_ = false;              // that press panned, so its release is no click
  bool double_clicked_ = false;       // the next release ends a double-click
};

}  // namespace attnviz::ui
