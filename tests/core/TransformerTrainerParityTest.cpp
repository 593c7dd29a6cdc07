// The Transformer trainer's forward pass and the inference engine must be
// the same model: a model trained here is judged by the engine (which
// tools/transformer_reference.py ties to torch.nn.Transformer). On random
// weights, the teacher-forced loss and the last layer's cross-attention of
// the training graph equal those of TransformerModel::force.

#include "model/TransformerModel.h"
#include "training/TransformerGraph.h"
#include "training/TransformerInit.h"

#include <gtest/gtest.h>

namespace attnviz {
namespace {

Vocabulary words(int count) {
  std::vector<std::string> tokens = {"<pad>", "<unk>", "<s>", "</s>"};
  for (int i = 4; i < count; ++i) tokens.push_back("w" + std::to_string(i));
  return Vocabulary(tokens);
}

TransformerModelData random_model() {
  TransformerModelData data;
  data.config.d_model = 12;
  data.config.heads = 3;
  data.config.ffn = 20;
  data.config.enc_layers = 2;
  data.config.dec_layers = 2;
  data.config.max_positions = 32;
  data.src_vocab = words(12);
  data.tgt_vocab = words(14);
  data.weights = make_transformer_weights(data.config, 12, 14);
  initialise_transformer(data.weights, data.config, 3);
  return data;
}

const AttentionMap& cross_head(const Alignment& alignment, int layer, int head) {
  for (const AttentionMap& map : alignment.maps)
    if (map.kind == MapKind::Cross && map.layer == layer && map.head == head) return map;
  throw std::logic_error("no such map");
}

TEST(TransformerTrainerParity, teacherForcedLossAndCrossAttentionEqualTheEngines) {
  const TransformerModelData data = random_model();
  const TransformerModel model(data, ModelInfo{});
  const Alignment forced = model.force("w4 w9 w5 w11 w7", "w13 w6 w8", {});
  // A second, shorter sentence pads the first one's batch rows.
  const std::vector<IdPair> pairs = {{{4, 9, 5, 11, 7}, {13, 6, 8}}, {{6}, {5}}};
  const std::vector<int> order = {0, 1};
  TransformerGraph graph;
  const double loss_both = graph.forward(data.weights, data.config, make_batch(pairs, order)).loss;
  std::vector<RowMatrix> heads;
  for (int a = 0; a < data.config.heads; ++a) heads.emplace_back(graph.cross_attention(0, a));
  const double loss_short = graph.forward(data.weights, data.config, make_batch(pairs, {order.data() + 1, 1})).loss;
  EXPECT_NEAR(loss_both - loss_short, -forced.logprob, 1e-4);
  for (int a = 0; a < data.config.heads; ++a) {
    const RowMatrix& engine = cross_head(forced, data.config.dec_layers - 1, a).weights;
    ASSERT_EQ(engine.rows(), 4);
    ASSERT_EQ(engine.cols(), 6);
    for (int t = 0; t < 4; ++t)
      for (int i = 0; i < 6; ++i) EXPECT_NEAR(heads[a](t, i), engine(t, i), 1e-5) << a << ": " << t << "," << i;
  }
}

}  // namespace
}  // namespace attnviz
