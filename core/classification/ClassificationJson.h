#pragma once
// A document's classification as JSON, as `classify --format json` prints
// it and the document view exports it:
//   {"model", "text", "classes", "probabilities", "predicted",
//    "sentences": [{"tokens", "weight", "word_weights", "unknown"}]}
// where "unknown" lists the positions read as <unk>.

#include "classification/DocumentClassification.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace attnviz {

nlohmann::json classification_json(const std::string& model, const std::string& text,
                                   const std::vector<std::string>& classes, const DocumentClassification& result);

}  // namespace attnviz
