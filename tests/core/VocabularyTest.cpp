#include "tokens/Vocabulary.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <stdexcept>

namespace attnviz {
namespace {

using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

std::vector<std::string> with_specials(std::vector<std::string> words) {
  std::vector<std::string> tokens = {"<pad>", "<unk>", "<s>", "</s>"};
  tokens.insert(tokens.end(), words.begin(), words.end());
  return tokens;
}

TEST(Vocabulary, mapsTokensToIdsAndBack) {
  const Vocabulary vocabulary(with_specials({"le", "chat"}));
  EXPECT_EQ(vocabulary.size(), 6);
  EXPECT_EQ(vocabulary.id("le"), 4);
  EXPECT_EQ(vocabulary.id("chat"), 5);
  EXPECT_EQ(vocabulary.id("</s>"), Vocabulary::kEos);
  EXPECT_EQ(vocabulary.token(5), "chat");
}

TEST(Vocabulary, mapsUnknownTokensToUnk) {
  const Vocabulary vocabulary(with_specials({"le"}));
  EXPECT_EQ(vocabulary.id("chien"), Vocabulary::kUnk);
  EXPECT_EQ(vocabulary.id("Le"), Vocabulary::kUnk);
  EXPECT_FALSE(vocabulary.contains("chien"));
  EXPECT_TRUE(vocabulary.contains("le"));
  EXPECT_TRUE(vocabulary.contains("<unk>"));
}

TEST(Vocabulary, rejectsADuplicateNamingBothIds) {
  EXPECT_THAT([] { Vocabulary(with_specials({"le", "chat", "le"})); },
              ThrowsMessage<std::invalid_argument>(HasSubstr("'le' twice, at ids 4 and 6")));
}

TEST(Vocabulary, rejectsASpecialAtTheWrongId) {
  EXPECT_THAT([] { Vocabulary({"<pad>", "<s>", "<unk>", "</s>", "le"}); },
              ThrowsMessage<std::invalid_argument>(
                  HasSubstr("vocabulary id 1 is '<s>', expected '<unk>'")));
}

TEST(Vocabulary, rejectsAVocabularyWithoutAllSpecials) {
  EXPECT_THAT([] { Vocabulary({"<pad>", "<unk>"}); },
              ThrowsMessage<std::invalid_argument>(HasSubstr("has 2 tokens; it needs at least")));
}

TEST(Vocabulary, defaultConstructedIsEmpty) {
  const Vocabulary vocabulary;
  EXPECT_EQ(vocabulary.size(), 0);
  EXPECT_EQ(vocabulary.id("le"), Vocabulary::kUnk);
}

}  // namespace
}  // namespace attnviz
