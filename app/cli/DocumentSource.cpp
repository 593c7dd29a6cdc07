#include "DocumentSource.h"

#include "corpus/DocumentFiles.h"

namespace attnviz::cli {

DocumentSource load_documents(const std::string& folder, bool with_train) {
  if (folder.empty()) {
    DocumentCorpusOptions options;
    if (!with_train) options.train = 0;
    return {generate_document_corpus(options), "generated documents, seed 1"};
  }
  DocumentSource source{{}, folder};
  if (with_train) source.corpus.train = read_document_split(folder, "train");
  source.corpus.valid = read_document_split(folder, "valid");
  source.corpus.test = read_document_split(folder, "test");
  source.corpus.longer = read_document_split(folder, "longer");
  return source;
}

}  // namespace attnviz::cli
