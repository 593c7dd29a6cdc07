#include "corpus/ExampleDocuments.h"

#include "corpus/DocumentClasses.h"
#include "corpus/DocumentCorpus.h"
#include "tokens/Tokenizer.h"

namespace attnviz {

// The first documents of the default validation split are the same
// whatever its size: 40 hold every class.
std::vector<ExampleDocument> example_documents() {
  DocumentCorpusOptions options;
  options.valid = 40;
  options.train = options.test = options.longer = 0;
  const DocumentCorpus corpus = generate_document_corpus(options);
  std::vector<ExampleDocument> examples;
  for (int label = 0; label < static_cast<int>(document_classes().size()); ++label) {
    for (const LabelledDocument& document : corpus.valid) {
      if (document.label != label) continue;
      examples.push_back({document_text(document), document});
      break;
    }
  }
  return examples;
}

std::string document_text(const LabelledDocument& document) {
  std::string text;
  for (const std::vector<std::string>& sentence : document.sentences) {
    if (!text.empty()) text += ' ';
    text += detokenize(sentence, kPlainStyle);
  }
  return text;
}

}  // namespace attnviz
