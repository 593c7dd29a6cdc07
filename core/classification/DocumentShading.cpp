#include "classification/DocumentShading.h"

#include <cmath>

namespace attnviz {

std::vector<std::vector<float>> word_shades(const DocumentClassification& result, WordShading shading) {
  std::vector<std::vector<float>> shades;
  for (const SentenceAttention& sentence : result.sentences) {
    const float scale = shading == WordShading::Scaled ? std::sqrt(sentence.weight) : 1.0f;
    shades.emplace_back();
    for (float weight : sentence.word_weights) shades.back().push_back(scale * weight);
  }
  return shades;
}

int top_sentence(const DocumentClassification& result) {
  int top = 0;
  for (size_t s = 1; s < result.sentences.size(); ++s)
    if (result.sentences[s].weight > result.sentences[static_cast<size_t>(top)].weight) top = static_cast<int>(s);
  return top;
}

}  // namespace attnviz
