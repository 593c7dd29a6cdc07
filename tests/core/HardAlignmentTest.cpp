#include "alignment/HardAlignment.h"

#include "RedCarAlignment.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace attnviz {
namespace {

using ::testing::ElementsAre;

TEST(HardAlignment, argmaxTakesTheFirstOfTiedColumns) {
  RowMatrix weights(3, 3);
  weights << 0.2f, 0.5f, 0.3f,
             0.4f, 0.2f, 0.4f,
             0.1f, 0.1f, 0.8f;
  EXPECT_THAT(argmax_columns(weights), ElementsAre(1, 0, 2));
  EXPECT_THAT(argmax_columns(RowMatrix(2, 0)), ElementsAre(-1, -1));
}

TEST(HardAlignment, linksSkipTheEndOfSentenceRowAndColumn) {
  // "voiture" puts most weight on </s>, so its link goes to the best word, "car".
  EXPECT_THAT(hard_links(test::red_car_alignment()),
              ElementsAre(Link{0, 0}, Link{2, 1}, Link{1, 2}));
}

TEST(HardAlignment, keepsTheLastRowWhenNoEndOfSentenceWasEmitted) {
  Alignment cut = test::red_car_alignment();
  cut.target_tokens.back() = "rouge";
  EXPECT_THAT(hard_links(cut), ElementsAre(Link{0, 0}, Link{2, 1}, Link{1, 2}, Link{0, 3}));
}

TEST(HardAlignment, givesNoLinksForAnEmptySource) {
  Alignment empty;
  empty.source_tokens = {"</s>"};
  empty.target_tokens = {"</s>"};
  empty.maps.push_back({"attention", RowMatrix::Ones(1, 1), RowMatrix::Zero(1, 1)});
  EXPECT_TRUE(hard_links(empty).empty());
}

}  // namespace
}  // namespace attnviz
