#include "evaluation/ClassificationEvaluation.h"

#include "corpus/DocumentClasses.h"

#include <algorithm>

namespace attnviz {
namespace {

template <class Values>
int argmax(const Values& values) {
  return static_cast<int>(std::max_element(values.begin(), values.end()) - values.begin());
}

}  // namespace

EvidenceHits evidence_hits(const DocumentClassification& result, const LabelledDocument& document) {
  std::vector<float> sentence_weights;
  for (const SentenceAttention& sentence : result.sentences) sentence_weights.push_back(sentence.weight);
  const int top = argmax(sentence_weights);
  EvidenceHits hits;
  const auto& gold = document.evidence_sentences;
  hits.sentence = std::find(gold.begin(), gold.end(), top) != gold.end();
  const WordPosition word{top, argmax(result.sentences[static_cast<size_t>(top)].word_weights)};
  hits.word = std::find(document.evidence_words.begin(), document.evidence_words.end(), word) !=
              document.evidence_words.end();
  return hits;
}

ClassificationScores evaluate_classifier(const HanModel& model, const std::vector<LabelledDocument>& documents) {
  ClassificationScores scores;
  long long right = 0, sentence_hits = 0, word_hits = 0;
  for (const LabelledDocument& document : documents) {
    const DocumentClassification result = model.classify(document.sentences);
    const EvidenceHits hits = evidence_hits(result, document);
    // By name: a model's classes need not be in the corpus's order.
    right += model.classes()[static_cast<size_t>(result.predicted)] == document_class_name(document.label);
    sentence_hits += hits.sentence;
    word_hits += hits.word;
  }
  scores.documents = static_cast<long long>(documents.size());
  if (documents.empty()) return scores;
  const auto share = [&](long long count) { return static_cast<double>(count) / static_cast<double>(documents.size()); };
  scores.accuracy = share(right);
  scores.evidence_sentence_hit = share(sentence_hits);
  scores.evidence_word_hit = share(word_hits);
  return scores;
}

}  // namespace attnviz
