#pragma once
// How well a hierarchical attention network classifies documents with
// known evidence, and whether its attention lands on that evidence:
//   accuracy                the predicted class is the label
//   evidence_sentence_hit   the highest-weighted sentence is a gold evidence sentence
//   evidence_word_hit       and the highest-weighted word within it is a gold evidence word
// Both hits count over all documents, right or wrongly classified.

#include "classification/HanModel.h"
#include "corpus/LabelledDocument.h"

#include <vector>

namespace attnviz {

struct ClassificationScores {
  long long documents = 0;
  double accuracy = 0;
  double evidence_sentence_hit = 0;
  double evidence_word_hit = 0;
};

struct EvidenceHits {
  bool sentence = false;
  bool word = false;
};

// Whether one classification's top sentence and its top word are gold evidence.
EvidenceHits evidence_hits(const DocumentClassification& result, const LabelledDocument& document);
ClassificationScores evaluate_classifier(const HanModel& model, const std::vector<LabelledDocument>& documents);

}  // namespace attnviz
