#include "app/Inference.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QScopeGuard>
#include <QThread>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <exception>

namespace attnviz::ui {
namespace {

bool is_blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

ModelResult run_model(const AttentionModel& model, const InferenceRequest& request) {
  if (is_blank(request.sentence)) return {};
  try {
    if (!is_blank(request.reference)) {
      // Beside the reference, the user wants to see whether the model agrees.
      ModelResult forced{model.force(request.sentence, request.reference, request.options), {}, {}};
      forced.own_translation = model.translate(request.sentence, request.options).translation;
      return forced;
    }
    return {model.translate(request.sentence, request.options), {}, {}};
  } catch (const std::exception& error) {
    return {std::nullopt, QString::fromUtf8(error.what()), {}};
  }
}

// The request's models, handed out one at a time to whichever thread is
// free: the helpers, and the caller whenever the result it must pass on
// next is not in yet. So the caller draws a pane while the others decode,
// and no more threads run than there are cores (one more would take turns
// with the drawing, which then finishes last).
class ModelQueue {
 public:
  explicit ModelQueue(const InferenceRequest& request)
      : request_(request), results_(request.models.size()), done_(request.models.size(), false) {}

  // Decodes the first model nobody has taken; false when none is left.
  bool decodeNext() {
    const size_t model = next_.fetch_add(1);
    if (model >= results_.size()) return false;
    ModelResult result = run_model(*request_.models[model], request_);
    const QMutexLocker lock(&mutex_);
    results_[model] = std::move(result);
    done_[model] = true;
    finished_.wakeAll();
    return true;
  }

  // Model `model`'s result, the caller decoding others until it is in.
  ModelResult take(size_t model) {
    while (!isDone(model) && decodeNext()) {}
    const QMutexLocker lock(&mutex_);
    while (!done_[model]) finished_.wait(&mutex_);
    return std::move(results_[model]);
  }

  // The helpers stop after the model they decode.
  void stop() { next_ = results_.size(); }

 private:
  bool isDone(size_t model) {
    const QMutexLocker lock(&mutex_);
    return done_[model];
  }

  const InferenceRequest& request_;
  std::atomic<size_t> next_ = 0;
  QMutex mutex_;
  QWaitCondition finished_;
  std::vector<ModelResult> results_;  // guarded by mutex_, as is done_
  std::vector<bool> done_;
};

}  // namespace

InferenceResult run_inference(const InferenceRequest& request, const ModelReady& ready) {
  QElapsedTimer timer;
  timer.start();
  InferenceResult result;
  result.generation = request.generation;
  // The models are immutable (AttentionModel.h), so they decode on every
  // core at once.
  ModelQueue queue(request);
  const size_t helpers = std::min<size_t>(std::max(QThread::idealThreadCount() - 1, 0), request.models.size());
  std::vector<QFuture<void>> decoding;
  // The helpers read `queue`: should `ready` throw, they finish before it goes
  // (one the pool has not started yet runs here, finding nothing left).
  const auto wait_for_helpers = qScopeGuard([&decoding, &queue] {
    queue.stop();
    for (QFuture<void>& helper : decoding) helper.waitForFinished();
  });
  for (size_t i = 0; i < helpers; ++i)
    decoding.push_back(QtConcurrent::run([&queue] { while (queue.decodeNext()) {} }));
  qint64 caller_ns = 0;  // in `ready`: drawing, not inference
  for (size_t i = 0; i < request.models.size(); ++i) {
    result.results.push_back(queue.take(i));
    result.milliseconds = (timer.nsecsElapsed() - caller_ns) / 1e6;  // until this result came in
    const qint64 before = timer.nsecsElapsed();
    if (ready) ready(i, result.results.back());
    caller_ns += timer.nsecsElapsed() - before;
  }
  return result;
}

}  // namespace attnviz::ui
