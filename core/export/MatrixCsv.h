#pragma once
// Attention matrices as CSV, one block per model, blocks separated by an
// empty line. In each block the first row is the model name followed by
// the source tokens, and every other row is a target token followed by its
// weights, so `pandas.read_csv(f, index_col=0)` gives a labelled frame:
//   additive,the,red,car,</s>
//   la,0.91,0.03,0.02,0.04
// Fields with a comma, quote or line break are quoted as in RFC 4180.

#include "export/ModelAlignment.h"

#include <string>
#include <string_view>

namespace attnviz {

std::string to_matrix_csv(const ModelAlignments& alignments);

// Throws MatrixFileError naming `file`, the line and the problem.
ModelAlignments parse_matrix_csv(std::string_view text, const std::string& file);

}  // namespace attnviz
