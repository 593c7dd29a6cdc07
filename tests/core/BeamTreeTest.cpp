// The beam tree (issue 16): every candidate beam search considered, for
// every family. Kept hypotheses extend kept ones, the returned translation
// is the path of the one best final node, and width 1 is the greedy path.
#include "WhatIfModels.h"

#include <gtest/gtest.h>

#include <map>

namespace attnviz {
namespace {

using testing::kWhatIfModels;

const std::string kSentence = "the red car is on the small table .";

Alignment beam(const AttentionModel& model, int width, const std::string& sentence = kSentence) {
  DecodeOptions options;
  options.beam_width = width;
  options.record_beam_tree = true;
  return model.translate(sentence, options);
}

std::vector<std::string> path_tokens(const BeamTree& tree, int node) {
  std::vector<std::string> tokens;
  for (; node >= 0; node = tree.nodes[static_cast<size_t>(node)].parent)
    tokens.insert(tokens.begin(), tree.nodes[static_cast<size_t>(node)].token);
  return tokens;
}

class BeamTreeTest : public ::testing::TestWithParam<const char*> {
 protected:
  std::unique_ptr<AttentionModel> model_ = load_model(GetParam());
};

TEST_P(BeamTreeTest, keptNodesExtendKeptNodesOfTheStepBefore) {
  const Alignment got = beam(*model_, 4);
  ASSERT_TRUE(got.beam_tree.has_value());
  const BeamTree& tree = *got.beam_tree;
  ASSERT_FALSE(tree.nodes.empty());
  std::map<int, int> kept_per_step;
  for (size_t i = 0; i < tree.nodes.size(); ++i) {
    const BeamNode& node = tree.nodes[i];
    EXPECT_EQ(node.id, static_cast<int>(i));
    if (node.kept) ++kept_per_step[node.step];
    if (node.parent < 0) {
      EXPECT_EQ(node.step, 0) << node.id;
      EXPECT_FLOAT_EQ(static_cast<float>(node.logprob), node.token_logprob);
      continue;
    }
    const BeamNode& parent = tree.nodes[static_cast<size_t>(node.parent)];
    EXPECT_TRUE(parent.kept) << node.id;
    EXPECT_NE(parent.token, "</s>") << node.id;  // a finished hypothesis is not extended
    EXPECT_EQ(parent.step, node.step - 1) << node.id;
    EXPECT_NEAR(node.logprob, parent.logprob + node.token_logprob, 1e-9) << node.id;
  }
  for (const auto& [step, kept] : kept_per_step) EXPECT_LE(kept, 4) << "step " << step;
}

TEST_P(BeamTreeTest, theBestFinalNodesPathIsTheTranslation) {
  const Alignment got = beam(*model_, 4);
  const BeamTree& tree = *got.beam_tree;
  int best = -1, finals = 0;
  for (const BeamNode& node : tree.nodes) {
    if (node.final) {
      ++finals;
      EXPECT_TRUE(node.kept) << node.id;
    }
    if (node.best) {
      EXPECT_EQ(best, -1) << "two best nodes";
      best = node.id;
    }
  }
  ASSERT_GE(best, 0);
  EXPECT_TRUE(tree.nodes[static_cast<size_t>(best)].final);
  EXPECT_GE(finals, 1);
  EXPECT_EQ(path_tokens(tree, best), got.target_tokens);
  EXPECT_NEAR(tree.nodes[static_cast<size_t>(best)].logprob, got.logprob, 1e-4);
}

TEST_P(BeamTreeTest, widthOneIsTheGreedyPath) {
  const Alignment got = beam(*model_, 1);
  const Alignment greedy = model_->translate(kSentence, {});
  EXPECT_EQ(got.target_tokens, greedy.target_tokens);
  const BeamTree& tree = *got.beam_tree;
  ASSERT_EQ(tree.nodes.size(), greedy.target_tokens.size());
  for (size_t i = 0; i < tree.nodes.size(); ++i) {
    EXPECT_TRUE(tree.nodes[i].kept);
    EXPECT_EQ(tree.nodes[i].parent, static_cast<int>(i) - 1);
    EXPECT_EQ(tree.nodes[i].token, greedy.target_tokens[i]);
  }
  EXPECT_TRUE(tree.nodes.back().best);
}

// Two sentences: two trees one after the other, steps counted in joined rows.
TEST_P(BeamTreeTest, aTextOfTwoSentencesJoinsTheirTrees) {
  const Alignment got = beam(*model_, 3, "the dog sleeps . the cat eats .");
  const BeamTree& tree = *got.beam_tree;
  int roots_at_a_later_step = 0, best = 0;
  for (const BeamNode& node : tree.nodes) {
    if (node.parent < 0 && node.step > 0) ++roots_at_a_later_step;
    if (node.parent >= 0) {
      EXPECT_EQ(tree.nodes[static_cast<size_t>(node.parent)].step, node.step - 1);
    }
    best += node.best ? 1 : 0;
  }
  EXPECT_GT(roots_at_a_later_step, 0);
  EXPECT_EQ(best, 2);
}

TEST_P(BeamTreeTest, noTreeUnlessAskedFor) {
  DecodeOptions options;
  options.beam_width = 3;
  EXPECT_FALSE(model_->translate(kSentence, options).beam_tree.has_value());
}

INSTANTIATE_TEST_SUITE_P(Families, BeamTreeTest, ::testing::ValuesIn(kWhatIfModels),
                         [](const auto& info) { return testing::what_if_model_name(info.param); });

}  // namespace
}  // namespace attnviz
