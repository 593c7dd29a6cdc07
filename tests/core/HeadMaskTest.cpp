// Switching a head off (issue 13, "heads that matter") must be exactly the
// model with that head's slice of out_proj zeroed: the independent check
// here edits the weights of a copy and decodes it without any mask.

#include "decoding/HeadImportance.h"
#include "model/HeadMask.h"
#include "model/ModelFile.h"
#include "model/TransformerModel.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace attnviz {
namespace {

using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

const std::string kTransformer = ATTNVIZ_FIXTURES_DIR "/transformer/transformer.safetensors";
const std::string kGru = ATTNVIZ_MODELS_DIR "/dot.safetensors";
const char* const kSentence = "my zebra is green .";

MultiheadAttentionWeights& attention_of(TransformerWeights& w, const HeadRef& head) {
  const size_t layer = static_cast<size_t>(head.layer);
  if (head.kind == MapKind::EncoderSelf) return w.encoder[layer].self_attn;
  if (head.kind == MapKind::DecoderSelf) return w.decoder[layer].self_attn;
  return w.decoder[layer].cross_attn;
}

// The model whose out_proj never reads `head`'s part of the context.
TransformerModel without_head_in_weights(const HeadRef& head) {
  TransformerModelData data = read_transformer_file(kTransformer);
  const Eigen::Index dk = data.config.head_size();
  attention_of(data.weights, head).out_proj_weight.middleCols(head.head * dk, dk).setZero();
  return TransformerModel(std::move(data), {});
}

class HeadMaskEquivalence : public ::testing::TestWithParam<HeadRef> {};

TEST_P(HeadMaskEquivalence, aMaskedHeadDecodesAsTheModelWithoutItsSliceOfOutProj) {
  const TransformerModel model(read_transformer_file(kTransformer), {});
  DecodeOptions masked;
  masked.masked_heads = {GetParam()};
  for (int beam : {1, 3}) {
    masked.beam_width = beam;
    DecodeOptions plain;
    plain.beam_width = beam;
    const Alignment got = model.translate(kSentence, masked);
    const Alignment expected = without_head_in_weights(GetParam()).translate(kSentence, plain);
    ASSERT_EQ(got.target_tokens, expected.target_tokens) << to_string(GetParam());
    EXPECT_NEAR(got.logprob, expected.logprob, 1e-5);
    ASSERT_EQ(got.maps.size(), expected.maps.size());
    for (size_t m = 0; m < got.maps.size(); ++m)
      EXPECT_LE((got.maps[m].weights - expected.maps[m].weights).cwiseAbs().maxCoeff(), 1e-6) << got.maps[m].name;
  }
}

INSTANTIATE_TEST_SUITE_P(EveryKind, HeadMaskEquivalence,
                         ::testing::Values(HeadRef{MapKind::EncoderSelf, 0, 1}, HeadRef{MapKind::EncoderSelf, 1, 3},
                                           HeadRef{MapKind::DecoderSelf, 0, 2}, HeadRef{MapKind::Cross, 1, 0}));

TEST(HeadMask, switchingAHeadOffChangesWhatTheModelSays) {
  const auto model = load_model(kTransformer);
  DecodeOptions masked;
  masked.masked_heads = {{MapKind::Cross, 1, 0}, {MapKind::EncoderSelf, 0, 0}};
  const Alignment plain = model->force(kSentence, "ma zèbre est vert .", {});
  const Alignment off = model->force(kSentence, "ma zèbre est vert .", masked);
  EXPECT_GT(std::abs(off.logprob - plain.logprob), 1e-3);
}

TEST(HeadMask, aHeadTheModelLacksIsRefusedByName) {
  const auto model = load_model(kTransformer);  // 2 + 2 layers of 4 heads
  for (const HeadRef& head : {HeadRef{MapKind::Cross, 2, 0}, HeadRef{MapKind::EncoderSelf, 0, 4},
                              HeadRef{MapKind::DecoderSelf, -1, 0}}) {
    DecodeOptions options;
    options.masked_heads = {head};
    EXPECT_THAT([&] { model->translate(kSentence, options); },
                ThrowsMessage<std::invalid_argument>(HasSubstr("no head " + to_string(head) + " in this Transformer")));
  }
}

TEST(HeadMask, aGruModelHasNoHeadsToSwitchOff) {
  const auto model = load_model(kGru);
  DecodeOptions options;
  options.masked_heads = {{MapKind::Cross, 0, 0}};
  EXPECT_THAT([&] { model->translate("the dog sleeps .", options); },
              ThrowsMessage<std::invalid_argument>(HasSubstr("no heads to switch off")));
}

TEST(HeadRefText, readsKindLayerAndHeadAndRefusesAnythingElse) {
  EXPECT_EQ(parse_head_ref("cross:1:0"), (HeadRef{MapKind::Cross, 1, 0}));
  EXPECT_EQ(parse_head_ref("encoder_self:0:3"), (HeadRef{MapKind::EncoderSelf, 0, 3}));
  EXPECT_EQ(to_string(HeadRef{MapKind::DecoderSelf, 2, 1}), "decoder_self:2:1");
  for (const char* bad : {"", "cross", "cross:1", "cross:1:", "cross::1", "self:0:0", "cross:-1:0", "cross:1:x",
                          "cross:1:0:2", "cross:1:0 "})
    EXPECT_THAT([&] { parse_head_ref(bad); }, ThrowsMessage<std::invalid_argument>(HasSubstr("expected KIND:LAYER:HEAD")))
        << bad;
}

TEST(HeadRanking, everyHeadIsTriedOnceAndTheMostNeededComesFirst) {
  const auto model = load_model(kTransformer);
  const Alignment shown = model->translate(kSentence, {});
  const std::vector<HeadEffect> effects = rank_heads(*model, shown);
  ASSERT_EQ(effects.size(), 3u * 2 * 4);  // encoder self, decoder self, cross; 2 layers of 4 heads each
  EXPECT_TRUE(std::is_sorted(effects.begin(), effects.end(), [](const HeadEffect& a, const HeadEffect& b) {
    return a.logprob_change < b.logprob_change;
  }));
  const double baseline = model->force(kSentence, shown.translation, {}).logprob;
  for (const HeadEffect& effect : {effects.front(), effects.back()}) {
    DecodeOptions off;
    off.masked_heads = {effect.head};
    EXPECT_NEAR(effect.logprob_change, model->force(kSentence, shown.translation, off).logprob - baseline, 1e-9);
    EXPECT_EQ(effect.translation, model->translate(kSentence, off).translation);
    EXPECT_EQ(effect.translation_changed, effect.translation != shown.translation);
  }
}

TEST(HeadRanking, aGruModelHasNoHeadsToRank) {
  const auto model = load_model(kGru);
  EXPECT_TRUE(rank_heads(*model, model->translate("the dog sleeps .", {})).empty());
}

}  // namespace
}  // namespace attnviz
