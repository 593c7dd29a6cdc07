// The shades a document view draws: Yang et al.'s sqrt(p_sentence) * p_word
// keeps a key word of a light sentence visible; raw is the word weight.
#include "classification/DocumentShading.h"

#include <gtest/gtest.h>

#include <cmath>

namespace attnviz {
namespace {

DocumentClassification two_sentences() {
  DocumentClassification result;
  result.sentences.push_back({{"the", "dog", "eats"}, {false, false, false}, {0.05f, 0.9f, 0.05f}, 0.25f});
  result.sentences.push_back({{"she", "sleeps"}, {false, false}, {0.5f, 0.5f}, 0.75f});
  return result;
}

TEST(DocumentShading, scaledShadesAreTheSquareRootOfTheSentenceWeightTimesTheWordWeight) {
  const auto shades = word_shades(two_sentences(), WordShading::Scaled);
  ASSERT_EQ(shades.size(), 2u);
  EXPECT_FLOAT_EQ(shades[0][1], 0.5f * 0.9f);
  EXPECT_FLOAT_EQ(shades[1][0], std::sqrt(0.75f) * 0.5f);
  // The key word of the light sentence outshines the even words of the heavy one.
  EXPECT_GT(shades[0][1], shades[1][0]);
}

TEST(DocumentShading, rawShadesAreTheWordWeights) {
  const auto shades = word_shades(two_sentences(), WordShading::Raw);
  EXPECT_EQ(shades[0], (std::vector<float>{0.05f, 0.9f, 0.05f}));
  EXPECT_EQ(shades[1], (std::vector<float>{0.5f, 0.5f}));
}

TEST(DocumentShading, theTopSentenceHasTheHighestWeight) { EXPECT_EQ(top_sentence(two_sentences()), 1); }

}  // namespace
}  // namespace attnviz
