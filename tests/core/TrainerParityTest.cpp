// The trainer's forward pass and the inference engine must be the same
// model: a model trained here is judged by the engine. On random weights,
// the teacher-forced loss and attention of the training graph equal those of
// Seq2SeqModel::force on the same sentence pair. Hard attention trains on
// the marginal over positions, not on the engine's argmax, so there the
// graph's rows are the engine's policy map and its loss is checked against
// PyTorch's marginal instead (PytorchParityTest, HardParityTest).

#include "MechanismCases.h"

#include "model/Seq2SeqModel.h"
#include "training/ParameterInit.h"
#include "training/Seq2SeqGraph.h"

#include <gtest/gtest.h>

namespace attnviz {
namespace {

Vocabulary words(int count) {
  std::vector<std::string> tokens = {"<pad>", "<unk>", "<s>", "</s>"};
  for (int i = 4; i < count; ++i) tokens.push_back("w" + std::to_string(i));
  return Vocabulary(tokens);
}

Seq2SeqModelData random_model(ScoreFunction score, AttentionMechanism mechanism) {
  Seq2SeqModelData data;
  data.config.score = score;
  data.config.mechanism = mechanism;
  data.config.window = data.config.is_local() ? 1 : 0;  // windows of at most 3 of the 6 positions
  data.config.embed = 6;
  data.config.hidden = 5;
  data.config.attn = 7;
  data.src_vocab = words(12);
  data.tgt_vocab = words(14);
  data.weights = make_weights(data.config, 12, 14);
  initialise_like_pytorch(data.weights, data.config, 3);
  return data;
}

class TrainerParity : public ::testing::TestWithParam<MechanismCase> {};

TEST_P(TrainerParity, teacherForcedLossAndAttentionEqualTheEngines) {
  const Seq2SeqModelData data = random_model(std::get<0>(GetParam()), std::get<1>(GetParam()));
  const Seq2SeqModel model(data, ModelInfo{});
  const Alignment forced = model.force("w4 w9 w5 w11 w7", "w13 w6 w8", {});
  // A second, shorter sentence pads the first one's batch row.
  const std::vector<IdPair> pairs = {{{4, 9, 5, 11, 7}, {13, 6, 8}}, {{6}, {5}}};
  const std::vector<int> order = {0, 1};
  const TrainingBatch batch = make_batch(pairs, order);
  Seq2SeqGraph graph;
  const double loss_both = graph.forward(data.weights, data.config, batch).loss;
  const RowMatrix attention = graph.attention();
  const double loss_short = graph.forward(data.weights, data.config, make_batch(pairs, {order.data() + 1, 1})).loss;
  const bool hard = data.config.is_hard();
  if (!hard) {
    EXPECT_NEAR(loss_both - loss_short, -forced.logprob, 1e-4);
  }
  const RowMatrix& engine = hard ? forced.maps.back().weights : forced.primary().weights;
  ASSERT_EQ(engine.rows(), 4);
  ASSERT_EQ(engine.cols(), 6);
  for (int t = 0; t < 4; ++t)
    for (int i = 0; i < 6; ++i)
      EXPECT_NEAR(attention(t * 2, i), engine(t, i), 1e-5) << t << "," << i;
}

INSTANTIATE_TEST_SUITE_P(AllScoreFunctionsAndMechanisms, TrainerParity, all_mechanism_cases(), mechanism_case_name);

}  // namespace
}  // namespace attnviz
