#pragma once
// The document window's examples: one document per class from the default
// corpus's validation split (never trained on, and drawn first, so a few
// take milliseconds where the whole corpus takes seconds), as a person
// would type it, with the gold evidence that decided its class
// (docs/corpus.md, "Documents with known evidence").

#include "corpus/LabelledDocument.h"

#include <string>
#include <vector>

namespace attnviz {

struct ExampleDocument {
  std::string text;           // capitalised sentences, English punctuation
  LabelledDocument document;  // the tokens of `text`, its class and its gold evidence
};

// The first validation document of each class of document_classes(), in class order.
std::vector<ExampleDocument> example_documents();

// The sentences detokenized as English is written and joined by a space:
// tokenizing the text gives back the document's sentences.
std::string document_text(const LabelledDocument& document);

}  // namespace attnviz
