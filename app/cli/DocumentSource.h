#pragma once
// The document corpus a command trains or evaluates on: the files
// `attnviz-cli corpus --task classify` wrote to a folder, or, without a
// folder, the default documents generated in memory.

#include "corpus/DocumentCorpus.h"

#include <string>

namespace attnviz::cli {

struct DocumentSource {
  DocumentCorpus corpus;
  std::string label;  // what a model card records: the folder, or "generated documents, seed 1"
};

// `with_train` false leaves train empty: generating it takes most of the
// time, and the other splits do not depend on it. Throws
// std::runtime_error naming the file when a split cannot be read.
DocumentSource load_documents(const std::string& folder, bool with_train);

}  // namespace attnviz::cli
