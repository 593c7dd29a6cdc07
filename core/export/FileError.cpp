#include "export/FileError.h"

#include <filesystem>

namespace attnviz {
namespace {

// Messages name the file, not its folder; a path without a file name
// ("models/") is shown whole.
std::string file_name(const std::string& path) {
  const std::string name = std::filesystem::path(path).filename().string();
  return name.empty() ? path : name;
}

}  // namespace

FileError::FileError(const std::string& path, const std::string& problem)
    : std::runtime_error(file_name(path) + ": " + problem), path_(path), problem_(problem) {}

}  // namespace attnviz
