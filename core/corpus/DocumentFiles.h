#pragma once
// The document corpus on disk, one pair of files per split, line i of
// each for document i:
//   <split>.tsv       class<TAB>sentence<TAB>sentence..., tokens joined by single spaces
//   <split>.evidence  the gold evidence words as sentence:word positions, "0:3 2:1"
// The evidence sentences are the sentences holding evidence words.

#include "corpus/DocumentCorpus.h"

#include <filesystem>
#include <string_view>
#include <vector>

namespace attnviz {

// Writes <dir>/<name>.tsv and .evidence, each atomically; creates `dir`.
void write_document_split(const std::filesystem::path& dir, std::string_view name,
                          const std::vector<LabelledDocument>& documents);
void write_document_corpus(const std::filesystem::path& dir, const DocumentCorpus& corpus);

// Reads one split back. Throws std::runtime_error naming the file and line
// when a file is missing, a class is unknown, a document has no sentence or
// an empty one, the files have different line counts, or an evidence
// position lies outside its document.
std::vector<LabelledDocument> read_document_split(const std::filesystem::path& dir, std::string_view name);

}  // namespace attnviz
