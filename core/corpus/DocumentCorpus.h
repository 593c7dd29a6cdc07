#pragma once
// The document-classification corpus (docs/corpus.md, "Documents with
// known evidence"): short documents of sentences from the translation
// grammar, each labelled with one of document_classes(), with the
// sentences and words that decide the label stored as gold evidence.
//
// Basic usage:
//   DocumentCorpus corpus = generate_document_corpus(DocumentCorpusOptions{});
//   write_document_corpus("data/documents", corpus);  // DocumentFiles.h
//
// The rule: a document is about the class whose words appear in its
// affirmative statements (1 or 2 of them). Its other sentences are
// distractors: a decoy class is named in more sentences than the true one,
// but only in negated sentences, questions and commands, and further
// sentences name no class or another one the same way. Counting class
// words therefore picks the decoy; a model has to read each sentence.

#include "corpus/LabelledDocument.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace attnviz {

struct DocumentCorpusOptions {
  std::uint64_t seed = 1;
  int train = 8000;
  int valid = 500;
  int test = 1000;
  int longer = 500;
  int min_sentences = 3;         // train, valid and test have min..max sentences
  int max_sentences = 8;
  int max_longer_sentences = 14; // longer has max_sentences+1 .. this
};

inline constexpr std::array<std::string_view, 4> kDocumentSplitNames = {"train", "valid", "test", "longer"};

struct DocumentCorpus {
  std::vector<LabelledDocument> train, valid, test, longer;

  // By name from kDocumentSplitNames; throws std::invalid_argument for another name.
  const std::vector<LabelledDocument>& split(std::string_view name) const;
};

// Deterministic: the same options give the same documents everywhere.
// valid, test and longer are drawn before train, so they do not depend on
// the training size. No document is in two splits. Throws
// std::invalid_argument naming a bad option.
DocumentCorpus generate_document_corpus(const DocumentCorpusOptions& options);

}  // namespace attnviz
