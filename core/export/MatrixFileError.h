#pragma once

#include "export/FileError.h"

namespace attnviz {

// An attention-matrix file (CSV, JSON or .npy) could not be read or
// written, e.g. "run.csv: row 3 ("voiture") has 4 weights, the header has 5
// source tokens". Caught once at the boundary (CLI exit code 4, UI message
// box).
class MatrixFileError : public FileError {
 public:
  using FileError::FileError;
};

}  // namespace attnviz
