#pragma once
// Reading attention matrices from JSON: our own schema (AlignmentJson.h,
// one object per line, one line per model) and the simple form people dump
// from their own code:
//   {"src_tokens": [...], "tgt_tokens": [...], "attention": [[...], ...]}
// A file is either one JSON value (an object, or an array of objects) or
// JSON lines. Optional keys: model, score, sha256, mode, beam, translation,
// scores (same shape as attention, or []), and maps: the list of
// {"kind", "layer", "head", "weights"} that `translate --format json`
// writes; with more than one map, every map is read (one per kind, layer
// and head, after the headline of ImportedMatrix.h) and "attention" may be
// left out.

#include "export/ImportedMatrix.h"

#include <string>
#include <string_view>

namespace attnviz {

// Throws MatrixFileError naming `file` (and the line, for JSON lines).
ModelAlignments parse_alignment_json(std::string_view text, const std::string& file);

// The token labels and provenance of a JSON object without a matrix: the
// side file that gives a .npy matrix its labels ({"src_tokens", "tgt_tokens"}).
ImportedMatrix parse_matrix_labels(std::string_view text, const std::string& file);

}  // namespace attnviz
