#pragma once
// From labelled documents to what the trainer reads for the hierarchical
// attention network: a vocabulary from the training split, every document
// as word ids per sentence, and mini-batches of them.

#include "corpus/LabelledDocument.h"
#include "tokens/Vocabulary.h"

#include <span>
#include <vector>

namespace attnviz {

struct DocumentIds {
  std::vector<std::vector<int>> sentences;  // word ids, no </s>
  int label = 0;
};

// Documents are not padded into one tensor: the graph runs each one's
// sentences as they are, so a batch is just its documents.
struct DocumentBatch {
  std::vector<DocumentIds> documents;
};

// The four specials, then every word of the documents, most frequent first
// (ties alphabetically).
Vocabulary build_document_vocabulary(const std::vector<LabelledDocument>& documents);
// Words missing from the vocabulary become <unk>.
std::vector<DocumentIds> to_document_ids(const std::vector<LabelledDocument>& documents, const Vocabulary& vocab);
DocumentBatch make_document_batch(const std::vector<DocumentIds>& documents, std::span<const int> indices);
// Words in the document, which the batch plan groups by.
size_t document_length(const DocumentIds& document);

}  // namespace attnviz
