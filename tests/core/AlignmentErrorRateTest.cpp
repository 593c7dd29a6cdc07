#include "alignment/AlignmentErrorRate.h"

#include "RedCarAlignment.h"

#include <gtest/gtest.h>

namespace attnviz {
namespace {

TEST(AlignmentErrorRate, isZeroWhenEveryLinkIsGold) {
  // Hard links of the red car: 0-0 2-1 1-2.
  EXPECT_EQ(sentence_aer(test::red_car_alignment(), parse_pharaoh("0-0 2-1 1-2")), 0.0);
}

TEST(AlignmentErrorRate, creditsPossibleLinksButRequiresOnlySureOnes) {
  // S = {0-0, 2-1}, P = S + {1-2}; A = {0-0, 2-1, 1-2}:
  // 1 - (2 + 3) / (3 + 2) = 0.
  EXPECT_EQ(sentence_aer(test::red_car_alignment(), parse_pharaoh("0-0 2-1 1p2")), 0.0);
}

TEST(AlignmentErrorRate, matchesHandComputedValue) {
  // S = {0-0, 1-1}, P = S + {2-2}; A = {0-0, 2-1, 1-2}:
  // |A∩S| = 1, |A∩P| = 1 -> 1 - (1 + 1) / (3 + 2) = 0.6.
  const AerCounts counts = count_aer({{0, 0}, {2, 1}, {1, 2}}, parse_pharaoh("0-0 1-1 2p2"));
  EXPECT_EQ(counts.hypothesis, 3);
  EXPECT_EQ(counts.sure, 2);
  EXPECT_EQ(counts.sure_hits, 1);
  EXPECT_EQ(counts.possible_hits, 1);
  EXPECT_DOUBLE_EQ(counts.rate(), 0.6);
}

TEST(AlignmentErrorRate, countsRepeatedHypothesisLinksOnce) {
  EXPECT_EQ(count_aer({{0, 0}, {0, 0}}, parse_pharaoh("0-0")).hypothesis, 1);
}

TEST(AlignmentErrorRate, corpusRateSumsCountsBeforeDividing) {
  // Sentence 1: A = {0-0}, S = {0-0}          -> counts 1, 1, 1, 1 (AER 0)
  // Sentence 2: A = {0-0, 1-1, 2-2}, S = {0-1} -> counts 3, 1, 0, 0 (AER 1)
  // Corpus: 1 - (1 + 1) / (4 + 2) = 2/3, not the mean of the sentences (1/2).
  AerCounts corpus = count_aer({{0, 0}}, parse_pharaoh("0-0"));
  corpus += count_aer({{0, 0}, {1, 1}, {2, 2}}, parse_pharaoh("0-1"));
  EXPECT_DOUBLE_EQ(corpus.rate(), 2.0 / 3.0);
}

TEST(AlignmentErrorRate, isZeroWithNoLinksAtAll) {
  EXPECT_EQ(count_aer({}, GoldAlignment{}).rate(), 0.0);
  EXPECT_EQ(count_aer({{0, 0}}, GoldAlignment{}).rate(), 1.0);
}

}  // namespace
}  // namespace attnviz
