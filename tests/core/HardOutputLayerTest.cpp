// The hard attention output layer sums the marginal over the positions its
// policy reads (a_t,i >= kReadablePolicy). On a sharp policy that leaves
// most positions out and must give nearly the exact marginal's loss and
// gradients; on a flat one it must leave nothing out.

#include "tokens/Vocabulary.h"
#include "training/HardOutputLayer.h"
#include "training/ParameterInit.h"

#include <gtest/gtest.h>

#include <random>

namespace attnviz {
namespace {

constexpr int kSourceVocab = 9, kTargetVocab = 10;
constexpr float kScale = 0.5f;

ModelConfig hard_config() {
  ModelConfig config;
  config.score = ScoreFunction::Additive;
  config.mechanism = AttentionMechanism::Hard;
  config.embed = 4;
  config.hidden = 3;
  config.attn = 5;
  return config;
}

RowMatrix random_matrix(Eigen::Index rows, Eigen::Index cols, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> normal(0.0f, 1.0f);
  RowMatrix m(rows, cols);
  for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = normal(rng);
  return m;
}

// Two steps of two sentences of 3 and 2 source positions (time-major rows
// t * 2 + b); the last row has no target.
struct HardBatch {
  ModelConfig config = hard_config();
  Seq2SeqWeights weights = make_weights(config, kSourceVocab, kTargetVocab);
  RowMatrix features, annotations, policy;
  std::vector<int> lengths = {3, 2};
  std::vector<int> targets = {5, 6, 7, Vocabulary::kPad};

  explicit HardBatch(const RowMatrix& step_policy) : policy(step_policy) {
    initialise_like_pytorch(weights, config, 5);
    const Eigen::Index decoder = weights.combine_bias.size(), context = 2 * config.hidden;
    features = random_matrix(4, weights.combine_weight.cols(), 11);
    features.middleCols(decoder, context).setZero();
    annotations = random_matrix(2 * 3, context, 12);
  }
};

struct Pass {
  double loss;
  size_t pairs;
  Seq2SeqWeights grad;
  RowMatrix dfeatures, denergies, dannotations;
};

Pass run(HardBatch& batch, float readable_policy) {
  HardOutputLayer layer(readable_policy);
  layer.forward(batch.weights, batch.features, batch.annotations, batch.policy, batch.lengths, batch.targets);
  Pass pass{layer.loss(), layer.pair_count(), make_weights(batch.config, kSourceVocab, kTargetVocab), {}, {}, {}};
  layer.backward(batch.weights, batch.features, batch.annotations, kScale, pass.grad, pass.dfeatures);
  pass.denergies = layer.energy_gradients();
  pass.dannotations = layer.annotation_gradients();
  return pass;
}

void expect_near(const RowMatrix& actual, const RowMatrix& expected, float tolerance) {
  ASSERT_EQ(actual.rows(), expected.rows());
  ASSERT_EQ(actual.cols(), expected.cols());
  EXPECT_LE((actual - expected).cwiseAbs().maxCoeff(), tolerance);
}

TEST(HardOutputLayer, aSharpPolicyLeavesOutThePositionsItBarelyReadsAndKeepsTheMarginal) {
  RowMatrix policy(4, 3);
  policy << 1.0f - 3e-5f, 1e-5f, 2e-5f,  //
      0.3f, 0.7f, 0.0f,                  //
      1e-5f, 1.0f - 1.5e-5f, 5e-6f,      //
      0.5f, 0.5f, 0.0f;
  HardBatch batch(policy);
  const Pass exact = run(batch, 0.0f);
  const Pass read = run(batch, HardOutputLayer::kReadablePolicy);

  EXPECT_EQ(exact.pairs, 8u);  // 3 + 2 + 3 positions of the rows with a target
  EXPECT_EQ(read.pairs, 4u);   // 1 + 2 + 1
  EXPECT_NEAR(read.loss, exact.loss, 1e-4);
  expect_near(read.grad.out_weight, exact.grad.out_weight, 1e-4f);
  expect_near(read.grad.combine_weight, exact.grad.combine_weight, 1e-4f);
  expect_near(read.dfeatures, exact.dfeatures, 1e-4f);
  expect_near(read.dannotations, exact.dannotations, 1e-4f);
  expect_near(read.denergies, exact.denergies, 1e-4f);
  // A position left out has no posterior: its energy is pushed down by a_t,i.
  EXPECT_FLOAT_EQ(read.denergies(0, 2), kScale * policy(0, 2));
  EXPECT_FLOAT_EQ(read.denergies(2, 0), kScale * policy(2, 0));
  EXPECT_EQ(read.denergies.row(3).cwiseAbs().maxCoeff(), 0.0f);
}

TEST(HardOutputLayer, aFlatPolicyIsSummedOverEveryPosition) {
  RowMatrix policy(4, 3);
  policy << 0.2f, 0.5f, 0.3f,  //
      0.4f, 0.6f, 0.0f,        //
      0.3f, 0.3f, 0.4f,        //
      0.5f, 0.5f, 0.0f;
  HardBatch batch(policy);
  const Pass exact = run(batch, 0.0f);
  const Pass read = run(batch, HardOutputLayer::kReadablePolicy);

  EXPECT_EQ(read.pairs, exact.pairs);
  EXPECT_EQ(read.loss, exact.loss);
  EXPECT_EQ(read.grad.out_weight, exact.grad.out_weight);
  EXPECT_EQ(read.denergies, exact.denergies);
}

}  // namespace
}  // namespace attnviz
