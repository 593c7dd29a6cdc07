#pragma once
// The JSON form of an Alignment, shared by `attnviz-cli translate --format
// json`, the app's JSON export and `export --out x.json`:
//   {"model", "score", "src_tokens", "tgt_tokens", "translation",
//    "attention", "scores", "logprob", "mode", "beam", "sha256"}
// `attention` and `scores` are [target][source] arrays; the token lists
// label their rows and columns.

#include "alignment/Alignment.h"
#include "export/ModelAlignment.h"
#include "model/ModelInfo.h"

#include <nlohmann/json.hpp>

namespace attnviz {

nlohmann::json alignment_to_json(const Alignment& alignment, const ModelInfo& model);
// One alignment_to_json object per line, one line per model.
std::string to_json_lines(const ModelAlignments& alignments);
// A float as the shortest decimal that reads back to the same float, so
// exported matrices stay exact without printing 17 digits of noise.
double exact_float(float value);
nlohmann::json matrix_to_json(const RowMatrix& matrix);

}  // namespace attnviz
