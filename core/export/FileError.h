#pragma once

#include <stdexcept>
#include <string>

namespace attnviz {

// A file the user named could not be read or written. what() reads
// "<file name>: <problem>"; path() keeps the whole path for dialogs.
// Model files and matrix files throw their own kinds, so callers can tell
// a bad model from a bad export.
class FileError : public std::runtime_error {
 public:
  FileError(const std::string& path, const std::string& problem);
  const std::string& path() const { return path_; }
  const std::string& problem() const { return problem_; }

 private:
  std::string path_;
  std::string problem_;
};

}  // namespace attnviz
