#pragma once
// The corpus a command trains or evaluates on: the files `attnviz-cli
// corpus` wrote to a folder, or, without a folder, the default corpus
// generated in memory (the same one `attnviz-cli corpus` writes).

#include "corpus/Corpus.h"

#include <string>

namespace attnviz::cli {

struct CorpusSource {
  Corpus corpus;
  std::string label;  // what the model card records: the folder, or "generated, seed 1"
};

// Throws std::runtime_error naming the file when a split cannot be read.
CorpusSource load_corpus(const std::string& folder);

}  // namespace attnviz::cli
