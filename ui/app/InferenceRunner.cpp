#include "app/InferenceRunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace attnviz::ui {

InferenceRunner::InferenceRunner(QObject* parent) : QObject(parent) {
  qRegisterMetaType<InferenceResult>();
  connect(&watcher_, &QFutureWatcher<InferenceResult>::finished, this, &InferenceRunner::onWorkerFinished);
}

void InferenceRunner::submit(InferenceRequest request) {
  request.generation = ++latest_;
  if (busy()) {
    pending_ = std::move(request);
  } else if (last_ms_ < kInlineBudgetMs) {
    const quint64 generation = request.generation;
    deliver(run_inference(request, [this, generation](size_t model, const ModelResult& result) {
      emit modelReady(generation, static_cast<int>(model), result);
    }));
  } else {
    startWorker(std::move(request));
  }
}

void InferenceRunner::startWorker(InferenceRequest request) {
  in_flight_ = true;
  watcher_.setFuture(QtConcurrent::run([request = std::move(request)] { return run_inference(request); }));
}

void InferenceRunner::onWorkerFinished() {
  const InferenceResult result = watcher_.result();
  in_flight_ = false;
  if (pending_) {
    startWorker(std::move(*pending_));
    pending_.reset();
  }
  deliver(result);
}

// Drops any result that a newer request has made stale.
void InferenceRunner::deliver(const InferenceResult& result) {
  last_ms_ = result.milliseconds;
  if (result.generation == latest_) emit finished(result);
}

}  // namespace attnviz::ui
