#pragma once
// A matrix read from someone else's file (or our own export), before it
// becomes a ModelAlignment that every view and export can show.
//
// An imported Alignment has one AttentionMap named "attention" whose
// `scores` are those in the file when it has them (our JSON does) and empty
// (0x0) otherwise: other tools rarely dump the energies before the softmax.
// A file with layers and heads (a 3-D to 5-D .npy, or our JSON's "maps")
// gives one map per kind, layer and head instead, after a headline map
// first: the last layer's cross-attention averaged over its heads
// (head kMeanOverHeads), as a Transformer's own result has.
// `steps` is empty (a file has no decoder probabilities), `source_unknown`
// is all false, and ModelInfo::kind is "imported".

#include "export/ModelAlignment.h"

#include <string>
#include <vector>

namespace attnviz {

// A side longer than this is refused: such a heatmap is unreadable, and a
// hostile header could otherwise ask for gigabytes.
inline constexpr int kMaxMatrixSide = 4096;

struct ImportedMatrix {
  std::vector<std::string> source_tokens;  // column labels
  std::vector<std::string> target_tokens;  // row labels
  RowMatrix weights;                       // [target, source]
  RowMatrix scores;                        // same shape, or 0x0 when the file has none
  std::vector<AttentionMap> heads;         // every head's map when the file has them; then
                                           // `weights` and `scores` are ignored
  ModelInfo model;                         // what the file says; name defaults to the file's stem
  std::string translation;
  DecodeMode mode = DecodeMode::Forced;    // a file's matrix was computed for a given target
  int beam_width = 1;
};

// Checks labels against the matrix shape and every weight for being finite
// and not negative; throws MatrixFileError naming `file` and the problem.
ModelAlignment to_model_alignment(ImportedMatrix matrix, const std::string& file);

}  // namespace attnviz
