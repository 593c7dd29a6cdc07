#pragma once
// `eval` on a document classifier: accuracy and whether its attention
// finds the gold evidence (evaluation/ClassificationEvaluation.h) on a
// split of the document corpus.

#include <filesystem>
#include <string>

namespace attnviz::cli {

struct ClassifierEvalRequest {
  std::filesystem::path model;
  std::string name;    // as the user named the model, for the output
  std::string split;   // train, valid, test or longer
  std::string corpus;  // a folder from `corpus --task classify`; empty = the default documents
  std::string format;  // text or json
};

void evaluate_classifier_split(const ClassifierEvalRequest& request);

}  // namespace attnviz::cli
