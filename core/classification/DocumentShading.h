#pragma once
// How strongly a document view shades each word. Yang et al. (2016) shade
// a word by sqrt(p_sentence) * p_word, so that a key word in a light
// sentence stays visible while the words of an unimportant sentence do not
// all look important; Raw shades by the word's weight within its sentence.

#include "classification/DocumentClassification.h"

#include <vector>

namespace attnviz {

enum class WordShading { Scaled, Raw };

// Per sentence, per word, a shade in [0, 1].
std::vector<std::vector<float>> word_shades(const DocumentClassification& result, WordShading shading);
// The sentence with the highest weight: what a view highlights.
int top_sentence(const DocumentClassification& result);

}  // namespace attnviz
