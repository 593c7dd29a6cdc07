#include "app/Inference.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cctype>
#include <exception>

namespace attnviz::ui {
namespace {

bool is_blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

ModelResult run_model(const AttentionModel& model, const InferenceRequest& request) {
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

}  // namespace

InferenceResult run_inference(const InferenceRequest& request, const ModelReady& ready) {
  QElapsedTimer timer;
  timer.start();
  InferenceResult result;
  result.generation = request.generation;
  // The models are immutable (AttentionModel.h), so they decode on every
  // core at once, and the caller can draw a pane while the next decode.
  std::vector<QFuture<ModelResult>> decoding;
  // The decodes read `request`: should `ready` throw, they finish before it goes.
  const auto wait_for_all = qScopeGuard([&decoding] {
    for (QFuture<ModelResult>& model : decoding) model.waitForFinished();
  });
  for (const auto& model : request.models) {
    decoding.push_back(QtConcurrent::run([&request, model] {
      return is_blank(request.sentence) ? ModelResult{} : run_model(*model, request);
    }));
  }
  qint64 caller_ns = 0;  // in `ready`: drawing, not inference
  for (size_t i = 0; i < decoding.size(); ++i) {
    result.results.push_back(decoding[i].result());  // runs it here if no worker has started it
    result.milliseconds = (timer.nsecsElapsed() - caller_ns) / 1e6;  // until this result came in
    const qint64 before = timer.nsecsElapsed();
    if (ready) ready(i, result.results.back());
    caller_ns += timer.nsecsElapsed() - before;
  }
  return result;
}

}  // namespace attnviz::ui
