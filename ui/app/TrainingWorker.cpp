#include "app/TrainingWorker.h"

#include <QtConcurrent>

namespace attnviz::ui {

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) {
  qRegisterMetaType<attnviz::TrainingSnapshot>();
  qRegisterMetaType<attnviz::EpochReport>();
  connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &TrainingWorker::onFinished);
}

TrainingWorker::~TrainingWorker() {
  cancel();
  watcher_.waitForFinished();
}

void TrainingWorker::start(SessionOptions options) {
  if (running()) return;
  stop_ = false;
  watcher_.setFuture(QtConcurrent::run([this, options = std::move(options)] { return run(options); }));
}

void TrainingWorker::cancel() { stop_ = true; }

// On the worker thread: the signals are emitted from here and, the worker
// living on the GUI thread, reach their receivers queued, by value.
TrainingWorker::Outcome TrainingWorker::run(const SessionOptions& options) {
  SessionCallbacks callbacks;
  callbacks.on_snapshot = [this](TrainingSnapshot snapshot) { emit snapshotTaken(std::move(snapshot)); };
  callbacks.on_batch = [this](int epoch, int done, int total, double loss) {
    emit batchTrained(epoch, done, total, loss);
  };
  callbacks.on_epoch = [this](const EpochReport& report) { emit epochFinished(report); };
  try {
    TrainingSession session(options);
    return {session.run(callbacks, &stop_), {}};
  } catch (const std::exception& error) {
    return {{}, QString::fromStdString(error.what())};
  }
}

void TrainingWorker::onFinished() {
  const Outcome outcome = watcher_.result();
  emit finished(outcome.result.epochs_finished, outcome.result.stopped, outcome.result.written, outcome.error);
}

}  // namespace attnviz::ui
