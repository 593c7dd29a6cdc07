#include "DocumentCorpusWriter.h"

#include "corpus/DocumentClasses.h"
#include "corpus/DocumentFiles.h"

#include <iomanip>
#include <iostream>

namespace attnviz::cli {
namespace {

double mean_sentences(const std::vector<LabelledDocument>& documents) {
  if (documents.empty()) return 0;
  size_t total = 0;
  for (const LabelledDocument& document : documents) total += document.sentences.size();
  return static_cast<double>(total) / static_cast<double>(documents.size());
}

double mean_evidence(const std::vector<LabelledDocument>& documents) {
  if (documents.empty()) return 0;
  size_t total = 0;
  for (const LabelledDocument& document : documents) total += document.evidence_sentences.size();
  return static_cast<double>(total) / static_cast<double>(documents.size());
}

void print_splits(const DocumentCorpus& corpus) {
  std::cout << std::left << std::setw(8) << "SPLIT" << std::setw(11) << "DOCUMENTS" << std::setw(16)
            << "MEAN SENTENCES" << "MEAN EVIDENCE SENTENCES\n" << std::fixed << std::setprecision(2);
  for (std::string_view name : kDocumentSplitNames) {
    const auto& documents = corpus.split(name);
    std::cout << std::setw(8) << name << std::setw(11) << documents.size() << std::setw(16)
              << mean_sentences(documents) << mean_evidence(documents) << '\n';
  }
}

}  // namespace

void write_document_corpus_files(const std::string& out, const DocumentCorpusOptions& options) {
  const DocumentCorpus corpus = generate_document_corpus(options);
  write_document_corpus(out, corpus);
  print_splits(corpus);
  std::cout << "classes:";
  for (const DocumentClass& c : document_classes()) std::cout << ' ' << c.name;
  std::cout << "\nwrote " << out << "/{train,valid,test,longer}.{tsv,evidence}\n";
}

}  // namespace attnviz::cli
