#include "classification/ClassificationJson.h"

#include "corpus/DocumentClasses.h"

namespace attnviz {
namespace {

nlohmann::json sentence_json(const SentenceAttention& sentence) {
  nlohmann::json unknown = nlohmann::json::array();
  for (size_t w = 0; w < sentence.unknown.size(); ++w)
    if (sentence.unknown[w]) unknown.push_back(w);
  return {{"tokens", sentence.tokens}, {"weight", sentence.weight}, {"word_weights", sentence.word_weights},
          {"unknown", unknown}};
}

}  // namespace

nlohmann::json classification_json(const std::string& model, const std::string& text,
                                   const std::vector<std::string>& classes, const DocumentClassification& result) {
  nlohmann::json sentences = nlohmann::json::array();
  for (const SentenceAttention& sentence : result.sentences) sentences.push_back(sentence_json(sentence));
  return {{"model", model},
          {"text", text},
          {"classes", classes},
          {"probabilities", result.probabilities},
          {"predicted", classes.at(static_cast<size_t>(result.predicted))},
          {"sentences", sentences}};
}

nlohmann::json gold_json(const LabelledDocument& document) {
  nlohmann::json words = nlohmann::json::array();
  for (const WordPosition& word : document.evidence_words) words.push_back({word.sentence, word.word});
  return {{"class", document_class_name(document.label)},
          {"evidence_sentences", document.evidence_sentences},
          {"evidence_words", words}};
}

}  // namespace attnviz
