// What a head does, in one sentence (the head grid's badge) and over a
// corpus (`eval --heads`): the same tests, the counts summed.
#include "alignment/HeadSummary.h"
#include "corpus/Corpus.h"
#include "evaluation/HeadRoles.h"
#include "model/ModelFile.h"
#include "tokens/Tokenizer.h"

#include <gtest/gtest.h>

namespace attnviz {
namespace {

// Each row on the column before its own: the first row has none and is
// not counted for "previous".
AttentionMap looking_back(int size) {
  RowMatrix weights = RowMatrix::Zero(size, size);
  weights(0, 0) = 1;
  for (int row = 1; row < size; ++row) weights(row, row - 1) = 1;
  return make_map(MapKind::DecoderSelf, 0, 0, weights);
}

TEST(HeadRoles, aHeadOnThePreviousPositionIsCountedOnTheRowsThatHaveOne) {
  const RoleTally tally = tally_roles(looking_back(5), {"<s>", "a", "b", "c", "d"});
  EXPECT_EQ(tally.previous.rows, 4);
  EXPECT_EQ(tally.previous.hits, 4);
  EXPECT_EQ(tally.self.rows, 5);
  EXPECT_EQ(tally.self.hits, 1);
  EXPECT_EQ(tally.end_of_sentence.hits, 0);
  EXPECT_EQ(role_of(tally, MapKind::DecoderSelf, std::nullopt), "previous");
}

TEST(HeadRoles, sharesAddUpOverSentencesBeforeARoleIsChosen) {
  RoleTally corpus = tally_roles(looking_back(11), std::vector<std::string>(11, "w"));
  RoleTally other;
  other.previous = {10, 0};
  corpus += other;
  EXPECT_EQ(corpus.previous.rows, 20);
  EXPECT_DOUBLE_EQ(corpus.previous.share(), 0.5);
  EXPECT_EQ(role_of(corpus, MapKind::DecoderSelf, std::nullopt), "");
  EXPECT_EQ(role_of(corpus, MapKind::Cross, 0.1), "aligns");
}

// On a one-pair corpus each head's role is the one the head grid shows for
// that pair.
TEST(HeadRoles, overOneSentenceEachHeadHasTheRoleItsBadgeShows) {
  CorpusOptions options;
  options.train = 1;
  options.valid = options.long_test = options.longer_test = options.novel = 0;
  options.test = 3;
  const Corpus corpus = generate_corpus(options);
  const auto model = load_model(ATTNVIZ_FIXTURES_DIR "/transformer/transformer.safetensors");
  for (const SentencePair& pair : corpus.test) {
    const std::vector<HeadRoles> heads = head_roles(*model, {pair});
    const Alignment forced = model->force(join_tokens(pair.source), join_tokens(pair.target), {});
    size_t k = 0;
    for (size_t index = 0; index < forced.maps.size(); ++index) {
      if (!is_single_head(forced.maps[index])) continue;
      ASSERT_LT(k, heads.size());
      EXPECT_EQ(heads[k].kind, forced.maps[index].kind);
      EXPECT_EQ(heads[k].role, summarise_head(forced, index, pair.gold).role) << index;
      ++k;
    }
    EXPECT_EQ(k, heads.size());
  }
}

}  // namespace
}  // namespace attnviz
