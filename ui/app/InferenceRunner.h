#pragma once
// Keeps typing smooth: runs a request on the GUI thread while inference is
// fast (the last run took under a few milliseconds), otherwise on a worker
// thread. Only the newest request matters: while a worker runs, newer
// requests replace each other, and a result older than the newest request
// is dropped, so a slow sentence never overwrites a newer one. A run on
// the GUI thread hands over each model's result as it comes in, so its pane
// is drawn while the next models decode.

#include "app/Inference.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace attnviz::ui {

class InferenceRunner : public QObject {
  Q_OBJECT

 public:
  explicit InferenceRunner(QObject* parent = nullptr);

  void submit(InferenceRequest request);
  // True from a worker's start until its last result is delivered.
  bool busy() const { return in_flight_; }
  // Under this many milliseconds a run stays on the GUI thread; half a
  // 16 ms frame, leaving the other half for drawing.
  static constexpr double kInlineBudgetMs = 8.0;

 signals:
  // Runs on the GUI thread only, before `finished` brings every result.
  void modelReady(quint64 generation, int model, const attnviz::ui::ModelResult& result);
  void finished(const attnviz::ui::InferenceResult& result);

 private:
  void startWorker(InferenceRequest request);
  void onWorkerFinished();
  void deliver(const InferenceResult& result);

  QFutureWatcher<InferenceResult> watcher_;
  std::optional<InferenceRequest> pending_;
  quint64 latest_ = 0;
  bool in_flight_ = false;
  double last_ms_ = 0;
};

}  // namespace attnviz::ui
