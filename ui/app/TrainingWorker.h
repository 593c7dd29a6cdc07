#pragma once
// Runs a TrainingSession (core) off the GUI thread and reports back by
// queued signals: every snapshot, batch and epoch arrives on the GUI thread
// as a copy, so nothing the dialog draws is shared with the training.
// cancel() asks the session to stop between two batches; the destructor
// cancels and waits, so closing the dialog never leaves a thread running.

#include "training/TrainingSession.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>

Q_DECLARE_METATYPE(attnviz::TrainingSnapshot)
Q_DECLARE_METATYPE(attnviz::EpochReport)

namespace attnviz::ui {

class TrainingWorker : public QObject {
  Q_OBJECT

 public:
  explicit TrainingWorker(QObject* parent = nullptr);
  ~TrainingWorker() override;

  // Starts a run; ignored while one is running.
  void start(SessionOptions options);
  void cancel();
  bool running() const { return watcher_.isRunning(); }

 signals:
  void snapshotTaken(attnviz::TrainingSnapshot snapshot);
  void batchTrained(int epoch, int done, int total, double loss);
  void epochFinished(attnviz::EpochReport report);
  // `error` is empty when the run ended normally or was cancelled.
  void finished(int epochs_finished, bool cancelled, bool written, QString error);

 private:
  struct Outcome {
    SessionResult result;
    QString error;
  };
  Outcome run(const SessionOptions& options);
  void onFinished();

  QFutureWatcher<Outcome> watcher_;
  std::atomic<bool> stop_ = false;
};

}  // namespace attnviz::ui
