// The key/value cache changes the cost of a step, not its result: decoding
// with the cache (one new position per step) must give what running the
// decoder over the whole prefix at every step gives, as the PyTorch
// translation tutorial does. The uncached decoder lives only here, built
// from the same layers with full matrices and a causal mask.

#include "decoding/SourceSentence.h"
#include "model/LayerNorm.h"
#include "model/MultiheadAttention.h"
#include "model/TransformerEncoder.h"
#include "model/TransformerModel.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

namespace attnviz {
namespace {

using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

const std::string kModel = ATTNVIZ_FIXTURES_DIR "/transformer/transformer.safetensors";

struct FullPrefix {
  RowMatrix log_probs;                           // [T, V]: row j predicts y_{j+1}
  std::vector<HeadMaps> self_maps, cross_maps;   // per decoder layer
};

// The decoder over every input at once: u = embed(<s> y_1 .. y_{T-1}), then
// each layer with a causal self-attention, as nn.TransformerDecoder runs.
FullPrefix decode_full_prefix(const TransformerModel& model, const RowMatrix& memory, const std::vector<int>& inputs) {
  const TransformerModelData& data = model.data();
  FullPrefix result;
  RowMatrix u = embed(data.weights.tgt_embed, model.positions(), inputs);
  for (const DecoderLayerWeights& layer : data.weights.decoder) {
    result.self_maps.emplace_back();
    result.cross_maps.emplace_back();
    u += attend_all(layer.self_attn, data.config.heads, u, u, true, result.self_maps.back());
    layer_norm_rows(u, layer.norm1);
    u += attend_all(layer.cross_attn, data.config.heads, u, memory, false, result.cross_maps.back());
    layer_norm_rows(u, layer.norm2);
    u += feed_forward(layer.feed_forward, u);
    layer_norm_rows(u, layer.norm3);
  }
  layer_norm_rows(u, data.weights.decoder_norm);
  RowMatrix logits = u * data.weights.out_weight.transpose();
  logits.rowwise() += data.weights.out_bias.transpose();
  result.log_probs = logits;
  for (Eigen::Index j = 0; j < logits.rows(); ++j) {
    const float max = logits.row(j).maxCoeff();
    result.log_probs.row(j).array() -= max + std::log((logits.row(j).array() - max).exp().sum());
  }
  return result;
}

class TransformerKvCache : public ::testing::TestWithParam<const char*> {
 protected:
  TransformerKvCache() : model_(read_transformer_file(kModel), {}) {}
  TransformerModel model_;
};

TEST_P(TransformerKvCache, cachedStepsEqualTheDecoderRunOverTheWholePrefix) {
  const Alignment cached = model_.translate(GetParam(), {});
  const SourceSentence source = make_source_sentence(Tokenizer().tokenize(GetParam()), model_.source_vocabulary());
  const EncodedSource encoded = encode_source(model_.data(), model_.positions(), source.ids);
  std::vector<int> inputs = {Vocabulary::kBos}, emitted;
  for (const std::string& token : cached.target_tokens) emitted.push_back(model_.target_vocabulary().id(token));
  inputs.insert(inputs.end(), emitted.begin(), emitted.end() - 1);
  const FullPrefix full = decode_full_prefix(model_, encoded.memory, inputs);

  double logprob = 0;
  for (size_t j = 0; j < emitted.size(); ++j) {
    Eigen::Index best;
    full.log_probs.row(static_cast<Eigen::Index>(j)).maxCoeff(&best);
    EXPECT_EQ(best, emitted[j]) << "step " << j;  // the same greedy choice at every step
    logprob += full.log_probs(static_cast<Eigen::Index>(j), emitted[j]);
  }
  EXPECT_NEAR(cached.logprob, logprob, 1e-5);
  for (const AttentionMap& map : cached.maps) {
    if (!is_single_head(map) || map.kind == MapKind::EncoderSelf) continue;
    const std::vector<HeadMaps>& layers = map.kind == MapKind::DecoderSelf ? full.self_maps : full.cross_maps;
    const RowMatrix& expected = layers[static_cast<size_t>(map.layer)].weights[static_cast<size_t>(map.head)];
    ASSERT_EQ(map.weights.rows(), expected.rows()) << map.name;
    ASSERT_EQ(map.weights.cols(), expected.cols()) << map.name;
    // Both sides are float32 summed in different orders (matrix-vector
    // products here, matrix-matrix there). The fixture's sharpest head has
    // scores near 200, where one float step is 1.5e-5: that rounding moves
    // a weight by up to 1.1e-5 (every other map agrees within 1e-6).
    EXPECT_LE((map.weights - expected).cwiseAbs().maxCoeff(), 2e-5) << map.name;
  }
}

INSTANTIATE_TEST_SUITE_P(Sentences, TransformerKvCache,
                         ::testing::Values("the red car .", "cat", "my zebra is green .",
                                           "The dog sleeps here , and your blue car runs there ?"));

// TRANSFORMER_SPEC.md: never read past the positional table.
TEST(TransformerMaxPositions, aSourceLongerThanTheTableIsRefusedWithAClearMessage) {
  TransformerModelData data = read_transformer_file(kModel);
  data.config.max_positions = 4;
  const TransformerModel model(std::move(data), {});
  EXPECT_THAT([&] { model.translate("the red car .", {}); },
              ThrowsMessage<std::length_error>(
                  HasSubstr("the sentence has 5 tokens with </s>; this Transformer reads at most 4 (its max_positions)")));
  EXPECT_NO_THROW(model.translate("the red car", {}));
}

TEST(TransformerMaxPositions, aForcedTargetLongerThanTheTableIsRefused) {
  TransformerModelData data = read_transformer_file(kModel);
  data.config.max_positions = 4;
  const TransformerModel model(std::move(data), {});
  EXPECT_THAT([&] { model.force("the car", "la voiture rouge .", {}); },
              ThrowsMessage<std::length_error>(HasSubstr("the target has 5 tokens with </s>")));
}

TEST(TransformerMaxPositions, aDecodeStopsAtTheTableEvenBeforeTheLengthLimit) {
  TransformerModelData data = read_transformer_file(kModel);
  data.config.max_positions = 8;  // "cat" would decode 13 tokens (fixture)
  const TransformerModel model(std::move(data), {});
  for (int width : {1, 3}) {
    DecodeOptions options;
    options.beam_width = width;
    const Alignment a = model.translate("cat", options);
    EXPECT_EQ(a.rows(), 8) << "beam " << width;
    EXPECT_NE(a.target_tokens.back(), "</s>");
  }
}

}  // namespace
}  // namespace attnviz
