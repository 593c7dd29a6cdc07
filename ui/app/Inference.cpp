#include "app/Inference.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

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

InferenceResult run_inference(const InferenceRequest& request) {
  QElapsedTimer timer;
  timer.start();
  InferenceResult result;
  result.generation = request.generation;
  // The models are immutable (AttentionModel.h), so the panes decode on
  // every core at once: the frame waits for the slowest model, not the sum.
  const auto run = [&request](const std::shared_ptr<const AttentionModel>& model) {
    return is_blank(request.sentence) ? ModelResult{} : run_model(*model, request);
  };
  result.results = QtConcurrent::blockingMapped<std::vector<ModelResult>>(request.models, run);
  result.milliseconds = timer.nsecsElapsed() / 1e6;
  return result;
}

}  // namespace attnviz::ui
