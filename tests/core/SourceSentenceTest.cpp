// How a typed sentence becomes the heatmap's columns.

#include "alignment/Alignment.h"
#include "model/ModelFile.h"

#include <gtest/gtest.h>

#include <string>

namespace attnviz {
namespace {

std::unique_ptr<AttentionModel> fixture_model() {
  return load_model(std::string(ATTNVIZ_FIXTURES_DIR) + "/parity/dot.safetensors");
}

TEST(SourceSentenceTest, columnsAreTheWordsAsTypedFollowedByEos) {
  const Alignment a = fixture_model()->translate("The Red car", {});
  EXPECT_EQ(a.source_tokens, (std::vector<std::string>{"The", "Red", "car", "</s>"}));
}

TEST(SourceSentenceTest, wordsMissingFromTheVocabularyAreFlaggedUnknown) {
  const Alignment a = fixture_model()->translate("my zebra is green", {});
  EXPECT_EQ(a.source_unknown, (std::vector<bool>{false, true, false, false, false}));
}

TEST(SourceSentenceTest, sourceBeyondMaxSourceTokensIsCutAndTheCutIsCounted) {
  std::string sentence;
  for (int i = 0; i < kMaxSourceTokens + 50; ++i) sentence += "cat ";
  const Alignment a = fixture_model()->translate(sentence, {});
  EXPECT_EQ(a.cols(), kMaxSourceTokens + 1);
  EXPECT_EQ(a.source_tokens_dropped, 50);
  EXPECT_EQ(a.primary().weights.cols(), kMaxSourceTokens + 1);
}

TEST(SourceSentenceTest, emptySentenceIsJustEos) {
  const Alignment a = fixture_model()->translate("", {});
  EXPECT_EQ(a.source_tokens, std::vector<std::string>{"</s>"});
  EXPECT_GE(a.rows(), 1);
}

}  // namespace
}  // namespace attnviz
