#pragma once
// The JSON form of an Alignment, shared by `attnviz-cli translate --format
// json`, the app's JSON export and `export --out x.json`:
//   {"model", "score", "src_tokens", "tgt_tokens", "translation",
//    "logprob", "mode", "beam", "sha256", ..., "attention", "scores", "maps"}
// `attention` and `scores` are the headline map's [target][source] arrays;
// the token lists label their rows and columns. `maps` holds every map of
// one layer and head, [{"kind", "layer", "head", "weights"}, ...]
// (TRANSFORMER_SPEC.md): a GRU's one map equals `attention`; a mean over
// heads (the Transformer's headline) is not repeated there. A hard
// attention model's `attention` has one-hot rows, and `policy` holds the
// distribution each row's position was chosen from. Each weight is written as the shortest
// decimal that reads back to the same float (0.1, not 0.100000001), so
// exported matrices stay exact without digits of noise.

#include "alignment/Alignment.h"
#include "export/ModelAlignment.h"
#include "model/ModelInfo.h"

#include <nlohmann/json.hpp>

#include <string>

namespace attnviz {

// Everything but the two matrices: the labels and provenance.
nlohmann::json alignment_labels_json(const Alignment& alignment, const ModelInfo& model);
// One line of JSON: the labels, `extra`'s keys, then the matrices and maps.
std::string alignment_json_line(const Alignment& alignment, const ModelInfo& model,
                                const nlohmann::json& extra = nlohmann::json::object());
// One alignment_json_line per model.
std::string to_json_lines(const ModelAlignments& alignments);
// Appends the matrix as [[...],...]: the matrices are nearly all of the
// text, written here without building a JSON tree (a JSON translation is
// then as fast as a text one). A value that is not finite is null.
void append_matrix_json(std::string& out, const RowMatrix& matrix);

}  // namespace attnviz
