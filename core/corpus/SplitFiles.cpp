#include "corpus/SplitFiles.h"

#include <fstream>

namespace attnviz {

std::filesystem::path split_file(const std::filesystem::path& dir, std::string_view name, const char* extension) {
  return dir / (std::string(name) + extension);
}

std::runtime_error line_error(const std::filesystem::path& file, size_t line, const std::string& what) {
  return std::runtime_error(file.string() + " line " + std::to_string(line) + ": " + what);
}

std::vector<std::string> read_lines(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string() + ": no such file or not readable");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace attnviz
