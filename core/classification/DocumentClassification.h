#pragma once
// What a hierarchical attention network says about one document: the class
// probabilities and both levels of attention, as the CLI prints them and
// the document view shades them.

#include <string>
#include <vector>

namespace attnviz {

struct SentenceAttention {
  std::vector<std::string> tokens;  // as the model read them (lowercase)
  std::vector<bool> unknown;        // per token: read as <unk>
  std::vector<float> word_weights;  // per token, summing to 1 within the sentence
  float weight = 0;                 // the sentence's weight in the document
};

struct DocumentClassification {
  std::vector<float> probabilities;  // per class, summing to 1
  int predicted = 0;                 // the most probable class
  std::vector<SentenceAttention> sentences;
};

}  // namespace attnviz
