#pragma once
// One sentence through every visible model: the unit of work the window
// runs as the user types, on the GUI thread or a worker.

#include "alignment/Alignment.h"
#include "decoding/DecodeOptions.h"
#include "model/AttentionModel.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace attnviz::ui {

struct InferenceRequest {
  std::vector<std::shared_ptr<const AttentionModel>> models;
  std::string sentence;
  std::string reference;  // when not empty, every model is forced onto it
  DecodeOptions options;
  quint64 generation = 0; // set by the runner; later requests have larger numbers
};

struct ModelResult {
  std::optional<Alignment> alignment;  // empty when the sentence is blank or the model failed
  QString error;                       // why the model failed, for its pane
  std::string own_translation;         // forced decoding: what the model itself translates
};

struct InferenceResult {
  quint64 generation = 0;
  std::vector<ModelResult> results;  // in the order of InferenceRequest::models
  double milliseconds = 0;           // wall time until every result was in, less the time in ModelReady
};

// Called on run_inference's thread with each model's result, in model
// order, as soon as it is in, while the later models still decode.
using ModelReady = std::function<void(size_t model, const ModelResult& result)>;

// Runs every model of `request`, all cores at once; a model that throws
// gets its message in its result and the others still run.
InferenceResult run_inference(const InferenceRequest& request, const ModelReady& ready = {});

}  // namespace attnviz::ui
