#pragma once
// Inference with a hierarchical attention network (Yang et al. 2016;
// docs/model-spec.md, "Hierarchical attention for documents").
//
// Basic usage:
//   attnviz::HanModel model(attnviz::read_han_file("resources/models/han.safetensors"));
//   attnviz::DocumentClassification c = model.classify_text("The dog eats. Does she read?");
//   model.classes()[c.predicted];   // "animals"
//   c.sentences[0].weight;          // how much the first sentence counted
//   c.sentences[0].word_weights[1]; // and "dog" within it

#include "classification/DocumentClassification.h"
#include "classification/HanFile.h"

#include <string_view>

namespace attnviz {

class HanModel {
 public:
  explicit HanModel(HanModelData data) : data_(std::move(data)) {}

  // Sentences of lowercase tokens; empty sentences are skipped. Throws
  // std::invalid_argument when no sentence has a token.
  DocumentClassification classify(const std::vector<std::vector<std::string>>& sentences) const;
  // Tokenized and split into sentences at . ! ? as tokens/Sentences.h does.
  DocumentClassification classify_text(std::string_view text) const;

  const std::vector<std::string>& classes() const { return data_.classes; }
  const HanModelData& data() const { return data_; }

 private:
  SentenceAttention read_sentence(const std::vector<std::string>& tokens, Vector& vector) const;

  HanModelData data_;
};

// The sentences of a typed text as lowercase tokens, empty ones left out.
std::vector<std::vector<std::string>> document_sentences(std::string_view text);

}  // namespace attnviz
