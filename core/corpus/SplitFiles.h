#pragma once
// What the two corpora's readers share (CorpusFiles, DocumentFiles): where
// a split's file is, its lines, and an error that names file and line.

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace attnviz {

// dir/<name><extension>, e.g. dir/train.tsv.
std::filesystem::path split_file(const std::filesystem::path& dir, std::string_view name, const char* extension);
// Every line, a Windows line end dropped; throws std::runtime_error naming
// a file that cannot be read.
std::vector<std::string> read_lines(const std::filesystem::path& file);
// "<file> line <n>: <what>".
std::runtime_error line_error(const std::filesystem::path& file, size_t line, const std::string& what);

}  // namespace attnviz
