#pragma once
// One document of the classification corpus (docs/corpus.md, "Documents
// with known evidence"): its sentences as tokens, its class, and the gold
// evidence that decided the class.

#include <string>
#include <vector>

namespace attnviz {

// A token of a document: sentence index, then token index within it.
struct WordPosition {
  int sentence = 0;
  int word = 0;
  bool operator==(const WordPosition&) const = default;
};

struct LabelledDocument {
  std::vector<std::vector<std::string>> sentences;  // lowercase tokens, each sentence ends with . ? or !
  int label = 0;                                    // index into document_classes()
  std::vector<int> evidence_sentences;              // ascending: the affirmative statements about the class
  std::vector<WordPosition> evidence_words;         // the class's words in those sentences, in reading order
};

}  // namespace attnviz
