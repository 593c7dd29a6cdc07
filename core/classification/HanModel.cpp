#include "classification/HanModel.h"

#include "classification/BidirectionalGru.h"
#include "classification/ContextAttention.h"
#include "tokens/Sentences.h"

#include <stdexcept>

namespace attnviz {

// Word level: embeddings -> word BiGRU -> word attention -> the sentence's vector.
SentenceAttention HanModel::read_sentence(const std::vector<std::string>& tokens, Vector& vector) const {
  const HanWeights& w = data_.weights;
  SentenceAttention sentence;
  sentence.tokens = tokens;
  RowMatrix embedded(static_cast<Eigen::Index>(tokens.size()), w.embedding.cols());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const int id = data_.vocab.id(tokens[i]);
    sentence.unknown.push_back(id == Vocabulary::kUnk);
    embedded.row(static_cast<Eigen::Index>(i)) = w.embedding.row(id);
  }
  const AttentionPooling words = attend(w.word_attention, run_bidirectional_gru(w.word_forward, w.word_backward, embedded));
  sentence.word_weights.assign(words.weights.data(), words.weights.data() + words.weights.size());
  vector = words.pooled;
  return sentence;
}

// Sentence level: sentence vectors -> sentence BiGRU -> sentence attention -> softmax classifier.
DocumentClassification HanModel::classify(const std::vector<std::vector<std::string>>& sentences) const {
  const HanWeights& w = data_.weights;
  DocumentClassification result;
  std::vector<Vector> vectors;
  for (const auto& tokens : sentences) {
    if (tokens.empty()) continue;
    vectors.emplace_back();
    result.sentences.push_back(read_sentence(tokens, vectors.back()));
  }
  if (vectors.empty()) throw std::invalid_argument("the document has no words");
  RowMatrix sentence_inputs(static_cast<Eigen::Index>(vectors.size()), vectors.front().size());
  for (size_t s = 0; s < vectors.size(); ++s) sentence_inputs.row(static_cast<Eigen::Index>(s)) = vectors[s].transpose();
  const AttentionPooling document =
      attend(w.sentence_attention, run_bidirectional_gru(w.sentence_forward, w.sentence_backward, sentence_inputs));
  for (size_t s = 0; s < vectors.size(); ++s) result.sentences[s].weight = document.weights(static_cast<Eigen::Index>(s));
  Vector logits = w.classifier_weight * document.pooled + w.classifier_bias;
  Vector p = (logits.array() - logits.maxCoeff()).exp().matrix();
  p /= p.sum();
  result.probabilities.assign(p.data(), p.data() + p.size());
  p.maxCoeff(&result.predicted);
  return result;
}

DocumentClassification HanModel::classify_text(std::string_view text) const { return classify(document_sentences(text)); }

std::vector<std::vector<std::string>> document_sentences(std::string_view text) {
  std::vector<std::vector<std::string>> sentences;
  for (const std::vector<Token>& sentence : split_sentences(Tokenizer().tokenize(text))) {
    if (sentence.empty()) continue;
    sentences.emplace_back();
    for (const Token& token : sentence) sentences.back().push_back(token.text);
  }
  return sentences;
}

}  // namespace attnviz
