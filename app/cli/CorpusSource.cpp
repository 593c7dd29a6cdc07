#include "CorpusSource.h"

#include "corpus/CorpusFiles.h"

namespace attnviz::cli {

CorpusSource load_corpus(const std::string& folder) {
  if (!folder.empty()) return {read_corpus(folder), folder};
  const CorpusOptions defaults;
  return {generate_corpus(defaults), "generated, seed " + std::to_string(defaults.seed)};
}

}  // namespace attnviz::cli
