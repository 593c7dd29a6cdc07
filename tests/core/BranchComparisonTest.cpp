// The difference view of a what-if branch (issue 16): which steps changed,
// and branch − own attention on the rows both have.
#include "alignment/BranchComparison.h"

#include "model/ModelFile.h"
#include "decoding/BranchDecoding.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace attnviz {
namespace {

using ::testing::ElementsAre;

Alignment toy(std::vector<std::string> rows, const RowMatrix& weights) {
  Alignment a;
  a.source_tokens = {"red", "car", "</s>"};
  a.target_tokens = std::move(rows);
  a.maps = {AttentionMap{"attention", weights, {}}};
  return a;
}

RowMatrix rows_of(std::initializer_list<std::initializer_list<float>> values) {
  RowMatrix m(static_cast<Eigen::Index>(values.size()), 3);
  Eigen::Index r = 0;
  for (const auto& row : values) {
    Eigen::Index c = 0;
    for (float v : row) m(r, c++) = v;
    ++r;
  }
  return m;
}

TEST(BranchComparison, marksTheChangedStepsAndSubtractsTheCommonRows) {
  const Alignment own = toy({"voiture", "rouge", "</s>"}, rows_of({{0, 1, 0}, {1, 0, 0}, {0, 0, 1}}));
  const Alignment branch = toy({"voiture", "bleue", ".", "</s>"},
                               rows_of({{0, 1, 0}, {1, 0, 0}, {0.5f, 0.5f, 0}, {0, 0, 1}}));
  const BranchComparison got = compare_branch(own, branch);
  EXPECT_EQ(got.shared_rows, 1);
  EXPECT_THAT(got.changed, ElementsAre(false, true, true, true));
  EXPECT_THAT(got.own_changed, ElementsAre(false, true, true));
  ASSERT_TRUE(got.difference);
  EXPECT_THAT(got.difference->target_tokens, ElementsAre("voiture", "rouge → bleue", "</s> → ."));
  EXPECT_EQ(got.difference->source_tokens, own.source_tokens);
  EXPECT_EQ(got.difference->primary().weights, rows_of({{0, 0, 0}, {0, 0, 0}, {0.5f, 0.5f, -1}}));
}

TEST(BranchComparison, anotherSourceHasNoDifference) {
  const Alignment own = toy({"voiture"}, rows_of({{0, 1, 0}}));
  Alignment other = own;
  other.source_tokens = {"blue", "car", "</s>"};
  EXPECT_FALSE(compare_branch(own, other).difference);
  EXPECT_FALSE(compare_branch(own, toy({}, RowMatrix(0, 3))).difference);
}

// With a real model the rows up to and including the chosen word are the
// model's own, so their difference is exactly 0.
TEST(BranchComparison, theRowsUpToTheChosenWordDoNotDiffer) {
  const auto model = load_model(ATTNVIZ_MODELS_DIR "/dot.safetensors");
  const Alignment own = model->translate("the red car is on the small table .", {});
  const Alignment branch = decode_branch(*model, own, 2, own.steps[2].top[1].token);
  const BranchComparison got = compare_branch(own, branch);
  EXPECT_EQ(got.shared_rows, 2);
  ASSERT_TRUE(got.difference);
  EXPECT_TRUE(got.difference->primary().weights.topRows(3).isZero(0));
  EXPECT_TRUE(got.changed[2]);
}

}  // namespace
}  // namespace attnviz
