#include "evaluation/Tokenizer13a.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace attnviz {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(Tokenizer13a, spacesSymbolsAndSentenceFinalPunctuation) {
  EXPECT_THAT(tokenize_13a("Hello, world! (3.5 km) 1,000-2"),
              ElementsAre("Hello", ",", "world", "!", "(", "3.5", "km", ")", "1,000", "-", "2"));
}

TEST(Tokenizer13a, keepsApostrophesAndHyphensBetweenLetters) {
  EXPECT_THAT(tokenize_13a("l'homme est-il là ?"), ElementsAre("l'homme", "est-il", "là", "?"));
}

TEST(Tokenizer13a, splitsPeriodsAndCommasUnlessBetweenDigits) {
  EXPECT_THAT(tokenize_13a("fin. 2. a.b 3,5,x"),
              ElementsAre("fin", ".", "2", ".", "a", ".", "b", "3,5", ",", "x"));
}

TEST(Tokenizer13a, splitsCommaAfterAccentedLetter) {
  EXPECT_THAT(tokenize_13a("été, là."), ElementsAre("été", ",", "là", "."));
}

TEST(Tokenizer13a, decodesEntitiesAndDropsSkippedMarkers) {
  EXPECT_THAT(tokenize_13a("a&amp;b &quot;c&quot; <skipped>d &lt;e&gt;"),
              ElementsAre("a", "&", "b", "\"", "c", "\"", "d", "<", "e", ">"));
}

TEST(Tokenizer13a, joinsWordsBrokenAtLineEnds) {
  EXPECT_THAT(tokenize_13a("auto-\nmobile\nrouge"), ElementsAre("automobile", "rouge"));
  // sacreBLEU strips trailing space first, so a final "-\n" keeps its hyphen.
  EXPECT_THAT(tokenize_13a("rouge-\n"), ElementsAre("rouge-"));
}

TEST(Tokenizer13a, splitsOnUnicodeSpace) {
  EXPECT_THAT(tokenize_13a("où\u00a0est\u202fil"), ElementsAre("où", "est", "il"));
  EXPECT_THAT(tokenize_13a(" \t "), IsEmpty());
}

}  // namespace
}  // namespace attnviz
