// What the app's panes ask of the engine (issue 16): a branch from a shown
// result is the CLI's --prefix, --mask-source and --pin on the same
// sentence and beam width, a forced result is forced again with them, and
// a beam-tree node decodes to its own hypothesis, for every model family.
#include "WhatIfModels.h"

#include "alignment/EndOfSentence.h"
#include "decoding/BranchDecoding.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <stdexcept>

namespace attnviz {
namespace {

using ::testing::HasSubstr;
using ::testing::ThrowsMessage;
using testing::kWhatIfModels;

const std::string kSentence = "the red car is on the small table .";

Alignment beam_with_tree(const AttentionModel& model, const std::string& sentence, int width) {
  DecodeOptions options;
  options.beam_width = width;
  options.record_beam_tree = true;
  return model.translate(sentence, options);
}

class BranchDecodingTest : public ::testing::TestWithParam<const char*> {
 protected:
  std::unique_ptr<AttentionModel> model_ = load_model(GetParam());
};

TEST_P(BranchDecodingTest, aBranchIsThePrefixDecodingOfTheSameSentence) {
  const Alignment own = model_->translate(kSentence, {});
  const std::string second = own.steps[1].top[1].token;
  EXPECT_EQ(branch_prefix(own, 1, second), (std::vector<std::string>{own.target_tokens[0], second}));
  DecodeOptions options;
  options.target_prefix = own.target_tokens[0] + " " + second;
  const Alignment expected = model_->translate(kSentence, options);
  const Alignment got = decode_branch(*model_, own, 1, second);
  EXPECT_EQ(got.target_tokens, expected.target_tokens);
  EXPECT_EQ(got.primary().weights, expected.primary().weights);
}

TEST_P(BranchDecodingTest, masksAndPinsAreTheEnginesOnTheSameSentenceAndBeamWidth) {
  DecodeOptions beam;
  beam.beam_width = 2;
  const Alignment own = model_->translate(kSentence, beam);
  DecodeOptions options = beam;
  options.mask_source = {2};
  options.pins = {{1, 0}};
  const Alignment expected = model_->translate(kSentence, options);
  const Alignment got = decode_what_if(*model_, own, {.mask_source = {2}, .pins = {{1, 0}}});
  EXPECT_EQ(got.beam_width, 2);
  EXPECT_EQ(got.target_tokens, expected.target_tokens);
  EXPECT_EQ(got.primary().weights, expected.primary().weights);
  EXPECT_TRUE((got.primary().weights.col(2).array() == 0).all());
}

// Two sentences, so that the reference is split again as it was.
TEST_P(BranchDecodingTest, aForcedResultIsForcedAgainWithTheMaskAndKeepsItsReference) {
  const std::string sentence = "the red car is small . my dog sleeps .";
  const std::string reference = "la voiture rouge est petite . mon chien dort .";
  const Alignment own = model_->force(sentence, reference, {});
  DecodeOptions options;
  options.mask_source = {2};
  const Alignment expected = model_->force(sentence, reference, options);
  const Alignment got = decode_what_if(*model_, own, {.mask_source = {2}});
  EXPECT_EQ(got.mode, DecodeMode::Forced);
  EXPECT_EQ(got.target_tokens, own.target_tokens);
  EXPECT_EQ(got.primary().weights, expected.primary().weights);
  EXPECT_TRUE((got.primary().weights.col(2).array() == 0).all());
  EXPECT_NE(got.logprob, own.logprob);
  EXPECT_THAT([&] { decode_what_if(*model_, own, {.prefix = {"le"}}); },
              ThrowsMessage<std::invalid_argument>(HasSubstr("keeps its reference")));
}

TEST_P(BranchDecodingTest, aMaskOutsideTheSentenceIsRefusedByName) {
  const Alignment own = model_->translate("the red car .", {});
  EXPECT_THAT([&] { decode_what_if(*model_, own, {.mask_source = {9}}); }, ThrowsMessage<std::exception>(HasSubstr("9")));
}

TEST_P(BranchDecodingTest, anUnfinishedBeamNodeIsForcedAsAPrefixAndDecodedOn) {
  const Alignment own = beam_with_tree(*model_, kSentence, 3);
  const BeamTree& tree = *own.beam_tree;
  const auto pruned = std::find_if(tree.nodes.begin(), tree.nodes.end(),
                                   [](const BeamNode& node) { return !node.kept && node.step == 1; });
  ASSERT_NE(pruned, tree.nodes.end());
  const std::vector<std::string> tokens = hypothesis_tokens(tree, pruned->id);
  ASSERT_EQ(tokens.size(), 2u);
  const Alignment got = decode_beam_node(*model_, own, pruned->id);
  ASSERT_GE(got.rows(), 2);
  EXPECT_EQ(std::vector<std::string>(got.target_tokens.begin(), got.target_tokens.begin() + 2), tokens);
  EXPECT_TRUE(got.target_forced[0] && got.target_forced[1]);
  EXPECT_EQ(got.beam_width, 3);
}

INSTANTIATE_TEST_SUITE_P(Families, BranchDecodingTest, ::testing::ValuesIn(kWhatIfModels),
                         [](const auto& info) { return testing::what_if_model_name(info.param); });

// The fixtures' random weights never finish a hypothesis: a trained model does.
TEST(BranchDecoding, aFinishedBeamNodeIsItsHypothesisForced) {
  const auto model = load_model(ATTNVIZ_MODELS_DIR "/dot.safetensors");
  const Alignment own = beam_with_tree(*model, kSentence, 3);
  const BeamTree& tree = *own.beam_tree;
  int finished = 0;
  for (const BeamNode& node : tree.nodes) {
    if (!node.final || node.token != kEndOfSentence) continue;
    ++finished;
    const std::vector<std::string> tokens = hypothesis_tokens(tree, node.id);
    const Alignment got = decode_beam_node(*model, own, node.id);
    EXPECT_EQ(got.target_tokens, tokens) << node.id;
    EXPECT_EQ(got.mode, DecodeMode::Forced);
    EXPECT_NEAR(got.logprob, node.logprob, 1e-3) << node.id;
    if (node.best) {
      EXPECT_EQ(got.target_tokens, own.target_tokens);
    }
  }
  EXPECT_GT(finished, 0);
}

TEST(BranchDecoding, aNodeOfTheSecondSentenceIsForcedOntoThatSentence) {
  const auto model = load_model(ATTNVIZ_MODELS_DIR "/dot.safetensors");
  const Alignment own = beam_with_tree(*model, "the dog sleeps . the red car .", 2);
  const BeamTree& tree = *own.beam_tree;
  const auto best = std::find_if(tree.nodes.rbegin(), tree.nodes.rend(), [](const BeamNode& node) { return node.best; });
  ASSERT_NE(best, tree.nodes.rend());
  const Alignment got = decode_beam_node(*model, own, best->id);
  EXPECT_EQ(got.target_tokens, hypothesis_tokens(tree, best->id));
  EXPECT_EQ(got.source_tokens, (std::vector<std::string>{"the", "red", "car", ".", "</s>"}));
}

TEST(BranchDecoding, aResultWithoutATreeOrAnUnknownNodeIsRefused) {
  const auto model = load_model(ATTNVIZ_MODELS_DIR "/dot.safetensors");
  const Alignment greedy = model->translate("the red car .", {});
  EXPECT_THAT([&] { decode_beam_node(*model, greedy, 0); }, ThrowsMessage<std::out_of_range>(HasSubstr("no beam tree")));
  const Alignment beam = beam_with_tree(*model, "the red car .", 2);
  const int size = static_cast<int>(beam.beam_tree->nodes.size());
  EXPECT_THAT([&] { decode_beam_node(*model, beam, size); },
              ThrowsMessage<std::out_of_range>(HasSubstr("node " + std::to_string(size) + " is not in the tree")));
  EXPECT_THROW(hypothesis_path(*beam.beam_tree, -1), std::out_of_range);
}

}  // namespace
}  // namespace attnviz
