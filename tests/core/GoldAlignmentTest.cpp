#include "alignment/GoldAlignment.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <stdexcept>

namespace attnviz {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

TEST(GoldAlignment, parsesSureAndPossibleLinks) {
  const GoldAlignment gold = parse_pharaoh("0-0 1-2 2p1 10-11");
  EXPECT_THAT(gold.sure, ElementsAre(Link{0, 0}, Link{1, 2}, Link{10, 11}));
  EXPECT_THAT(gold.possible, ElementsAre(Link{2, 1}));
}

TEST(GoldAlignment, formatsSureLinksThenPossibleOnes) {
  EXPECT_EQ(to_pharaoh(parse_pharaoh("0-0 2p1 1-2")), "0-0 1-2 2p1");
  EXPECT_EQ(to_pharaoh(GoldAlignment{}), "");
}

TEST(GoldAlignment, toleratesExtraWhiteSpace) {
  EXPECT_THAT(parse_pharaoh("  0-0\t1-1 \r\n").sure, ElementsAre(Link{0, 0}, Link{1, 1}));
  EXPECT_TRUE(parse_pharaoh("").sure.empty());
}

TEST(GoldAlignment, rejectsAnItemWithoutSeparator) {
  EXPECT_THAT([] { parse_pharaoh("0-0 12"); },
              ThrowsMessage<std::invalid_argument>(
                  HasSubstr("bad Pharaoh alignment item '12': expected i-j (sure) or ipj (possible)")));
}

TEST(GoldAlignment, rejectsIndexesThatAreNotWholeNumbers) {
  for (const char* text : {"0-x", "-1-2", "1-", "p3", "1.5-2", "1-2-3", "1-99999999999"}) {
    EXPECT_THAT([text] { parse_pharaoh(text); },
                ThrowsMessage<std::invalid_argument>(HasSubstr("whole numbers from 0")))
        << text;
  }
}

TEST(GoldAlignment, rejectsALinkGivenTwice) {
  EXPECT_THAT([] { parse_pharaoh("0-0 1-1 0p0"); },
              ThrowsMessage<std::invalid_argument>(HasSubstr("'0p0': the link appears twice")));
}

}  // namespace
}  // namespace attnviz
