#pragma once
// A document's classification as JSON, as `classify --format json` prints
// it and the document view exports it:
//   {"model", "text", "classes", "probabilities", "predicted",
//    "sentences": [{"tokens", "weight", "word_weights", "unknown"}]}
// where "unknown" lists the positions read as <unk>. A document of the
// corpus adds "gold" (gold_json).

#include "classification/DocumentClassification.h"
#include "corpus/LabelledDocument.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace attnviz {

nlohmann::json classification_json(const std::string& model, const std::string& text,
                                   const std::vector<std::string>& classes, const DocumentClassification& result);

// What the corpus says of a document: {"class", "evidence_sentences",
// "evidence_words": [[sentence, word], ...]}, positions counted from 0.
nlohmann::json gold_json(const LabelledDocument& document);

}  // namespace attnviz
