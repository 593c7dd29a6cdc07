#pragma once
// A runnable model from weights in memory (a model being trained, whose
// snapshots training/ProbeSnapshots.h takes) rather than from a file: the
// same construction load_model ends with. `info` names the model; its kind,
// score function, mechanism, languages and parameter count are filled in.

#include "model/ModelFile.h"
#include "model/TransformerFile.h"

#include <memory>

namespace attnviz {

std::unique_ptr<AttentionModel> make_model(Seq2SeqModelData data, ModelInfo info);
std::unique_ptr<AttentionModel> make_model(TransformerModelData data, ModelInfo info);

}  // namespace attnviz
