#pragma once
// A corpus on disk, one pair of files per split, line i of each for
// sentence i:
//   <split>.tsv    source<TAB>target, tokens joined by single spaces
//   <split>.align  the gold alignment in Pharaoh format, "0-0 1-2 2-1"
//                  (fast_align, GIZA++), possible links as "1p2"

#include "corpus/Corpus.h"

#include <filesystem>
#include <string_view>
#include <vector>

namespace attnviz {

// Writes <dir>/<name>.tsv and .align, each atomically; creates `dir`.
// Throws std::runtime_error naming the file when it cannot be written.
void write_split(const std::filesystem::path& dir, std::string_view name, const std::vector<SentencePair>& pairs);
void write_corpus(const std::filesystem::path& dir, const Corpus& corpus);

// Reads one split back. Throws std::runtime_error naming the file and line
// when a file is missing, a line lacks its tab or has an empty side, the
// two files have different line counts, or a link points outside its
// sentence.
std::vector<SentencePair> read_split(const std::filesystem::path& dir, std::string_view name);
Corpus read_corpus(const std::filesystem::path& dir);

}  // namespace attnviz
