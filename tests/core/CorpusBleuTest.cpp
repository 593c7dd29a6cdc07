#include "evaluation/CorpusBleu.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <stdexcept>

namespace attnviz {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

// Worked example 1, one sentence (13a splits off the final "."):
//   hypothesis "la voiture rouge est petite ."   (6 words)
//   reference  "la voiture bleue est petite ."   (6 words)
//   1-grams 5/6, 2-grams 3/5 (la voiture, est petite, petite .),
//   3-grams 1/4 (est petite .), 4-grams 0/3 -> "exp": 100 / (2 * 3).
//   BP = 1; BLEU = (83.333 * 60 * 25 * 16.667)^(1/4) = 37.9918.
TEST(CorpusBleu, matchesWorkedExampleWithExpSmoothing) {
  const BleuStatistics s = bleu_statistics("la voiture rouge est petite.", "la voiture bleue est petite.");
  EXPECT_THAT(s.matches, ElementsAre(5, 3, 1, 0));
  EXPECT_THAT(s.totals, ElementsAre(6, 5, 4, 3));
  EXPECT_NEAR(s.score(), 37.99178, 1e-4);
}

// Worked example 2: example 1 plus
//   hypothesis "il dort ."  (3 words), reference "il dort bien ." (4 words):
//   1-grams 3/3, 2-grams 1/2, 3-grams 0/1, no 4-gram.
// Corpus sums: matches 8, 4, 1, 0; totals 9, 7, 5, 3; lengths 9 and 10.
//   p = 88.889, 57.143, 20, 100 / (2 * 3) = 16.667
//   BP = exp(1 - 10/9) = 0.894839
//   BLEU = 0.894839 * (88.889 * 57.143 * 20 * 16.667)^(1/4) = 32.2788
TEST(CorpusBleu, sumsStatisticsOverTheCorpusAndAppliesBrevityPenalty) {
  const double bleu = corpus_bleu({"la voiture rouge est petite.", "il dort."},
                                  {"la voiture bleue est petite.", "il dort bien."});
  EXPECT_NEAR(bleu, 32.27878, 1e-4);
}

TEST(CorpusBleu, isHundredForIdenticalText) {
  EXPECT_NEAR(corpus_bleu({"le chat de ma sœur dort."}, {"le chat de ma sœur dort."}), 100.0, 1e-9);
}

TEST(CorpusBleu, isZeroWhenNothingMatches) {
  EXPECT_EQ(corpus_bleu({"un deux trois quatre"}, {"cinq six sept huit"}), 0.0);
}

TEST(CorpusBleu, isZeroWhenAnOrderHasNoNgrams) {
  // Three words have no 4-gram, so sacreBLEU's p_4 is 0 and so is BLEU.
  EXPECT_EQ(corpus_bleu({"il dort ."}, {"il dort ."}), 0.0);
  EXPECT_EQ(corpus_bleu({""}, {"il dort bien ."}), 0.0);
}

TEST(CorpusBleu, halvesTheSmoothedPrecisionForEachFurtherZeroOrder) {
  // "a b c d" against "a c b d": 1-grams 4/4, 2-grams 0/3, 3-grams 0/2, 4-grams 0/1.
  // p = 100, 100/(2*3), 100/(4*2), 100/(8*1) -> (100 * 16.667 * 12.5 * 12.5)^(1/4) = 22.5901
  EXPECT_NEAR(corpus_bleu({"a b c d"}, {"a c b d"}), 22.59005, 1e-4);
}

TEST(CorpusBleu, rejectsListsOfDifferentLengths) {
  EXPECT_THAT([] { corpus_bleu({"a"}, {"a", "b"}); },
              ThrowsMessage<std::invalid_argument>(HasSubstr("got 1 hypotheses and 2 references")));
}

}  // namespace
}  // namespace attnviz
