#pragma once
// `corpus --task classify`: writes the document corpus and says what it
// holds, as `corpus` does for the translation corpus.

#include "corpus/DocumentCorpus.h"

#include <string>

namespace attnviz::cli {

void write_document_corpus_files(const std::string& out, const DocumentCorpusOptions& options);

}  // namespace attnviz::cli
