#include "ClassifierEvaluation.h"

#include "Commands.h"
#include "DocumentSource.h"

#include "classification/HanModel.h"
#include "evaluation/ClassificationEvaluation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace attnviz::cli {
namespace {

void print_text(const ClassifierEvalRequest& request, const ClassificationScores& s) {
  char text[512];
  std::snprintf(text, sizeof text,
                "%s on %s (%lld documents)\n  accuracy               %.2f%%\n"
                "  evidence sentence hit  %.2f%%\n  evidence word hit      %.2f%%\n",
                request.name.c_str(), request.split.c_str(), s.documents, 100.0 * s.accuracy,
                100.0 * s.evidence_sentence_hit, 100.0 * s.evidence_word_hit);
  std::cout << text;
}

void print_json(const ClassifierEvalRequest& request, const ClassificationScores& s) {
  std::cout << nlohmann::json{{"model", request.name},
                              {"split", request.split},
                              {"documents", s.documents},
                              {"accuracy", s.accuracy},
                              {"evidence_sentence_hit", s.evidence_sentence_hit},
                              {"evidence_word_hit", s.evidence_word_hit}}
            << '\n';
}

}  // namespace

void evaluate_classifier_split(const ClassifierEvalRequest& request) {
  if (std::find(kDocumentSplitNames.begin(), kDocumentSplitNames.end(), request.split) == kDocumentSplitNames.end())
    throw UsageError("the document corpus has the splits train, valid, test and longer, not " + request.split);
  const HanModel model(read_han_file(request.model));
  const DocumentSource source = load_documents(request.corpus, request.split == "train");
  const ClassificationScores scores = evaluate_classifier(model, source.corpus.split(request.split));
  if (request.format == "json") print_json(request, scores);
  else print_text(request, scores);
}

}  // namespace attnviz::cli
