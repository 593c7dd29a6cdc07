#pragma once

#include <stdexcept>
#include <string>

namespace attnviz {

// An attention-matrix file (CSV, JSON or .npy) could not be read or
// written. what() reads "<file>: <problem>", e.g. "run.csv: row 3 ("voiture")
// has 4 weights, the header has 5 source tokens". Caught once at the
// boundary (CLI exit code 4, UI message box).
class MatrixFileError : public std::runtime_error {
 public:
  MatrixFileError(const std::string& path, const std::string& problem);
  const std::string& path() const { return path_; }
  const std::string& problem() const { return problem_; }

 private:
  std::string path_;
  std::string problem_;
};

}  // namespace attnviz
