// The trainer's backpropagation against central finite differences, for
// every parameter tensor and every score function, on a tiny model and a
// batch whose sentences have different lengths (so padding is exercised).

#include "training/GradientOps.h"
#include "training/ParameterInit.h"
#include "training/Seq2SeqGraph.h"

#include <gtest/gtest.h>

#include <cmath>

namespace attnviz {
namespace {

constexpr int kSourceVocab = 9, kTargetVocab = 10;

ModelConfig tiny_config(ScoreFunction score) {
  ModelConfig config;
  config.score = score;
  config.embed = 4;
  config.hidden = 3;
  config.attn = 5;
  return config;
}

// Lengths 3/1/5 on the source and 2/4/1 on the target side.
std::vector<IdPair> uneven_pairs() {
  return {{{4, 5, 6}, {7, 8}}, {{5}, {4, 6, 9, 7}}, {{8, 7, 6, 5, 4}, {5}}};
}

struct TinyModel {
  explicit TinyModel(ScoreFunction score)
      : config(tiny_config(score)), weights(make_weights(config, kSourceVocab, kTargetVocab)) {
    initialise_like_pytorch(weights, config, 7);
  }
  double loss(const TrainingBatch& batch) { return graph.forward(weights, config.score, batch).loss; }
  Seq2SeqWeights gradient(const TrainingBatch& batch, float scale = 1.0f) {
    Seq2SeqWeights grad = make_weights(config, kSourceVocab, kTargetVocab);
    graph.forward(weights, config.score, batch);
    graph.backward(weights, batch, scale, grad);
    return grad;
  }

  ModelConfig config;
  Seq2SeqWeights weights;
  Seq2SeqGraph graph;
};

// Twelve sentences of lengths 1..6: enough tokens that float rounding in
// the loss stays well below the gradients of the attention parameters.
std::vector<IdPair> many_pairs() {
  std::vector<IdPair> pairs;
  for (int k = 0; k < 12; ++k) {
    IdPair pair;
    for (int i = 0; i <= k % 6; ++i) pair.source.push_back(4 + (k * 3 + i * 5) % (kSourceVocab - 4));
    for (int i = 0; i <= (k * 7) % 5; ++i) pair.target.push_back(4 + (k + i * 3) % (kTargetVocab - 4));
    pairs.push_back(pair);
  }
  return pairs;
}

// Makes attention peaked enough that the score parameters matter to the loss.
void sharpen_attention(Seq2SeqWeights& w) {
  w.attention_W *= 4.0f;
  w.attention_v *= 4.0f;
  w.attention_query *= 4.0f;
  w.attention_gamma *= 2.0f;
}

TrainingBatch whole_batch(const std::vector<IdPair>& pairs) {
  std::vector<int> indices(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) indices[i] = static_cast<int>(i);
  return make_batch(pairs, indices);
}

// The forward pass is float, so its rounding, not the step's curvature,
// dominates the error of a difference quotient: measured on the smallest
// gradient (additive's query weights), a step of 1e-2 gave 0.9% relative
// error, 4e-2 gives 0.3%, and Richardson extrapolation made it worse.
double numeric_derivative(TinyModel& model, const TrainingBatch& batch, float& weight) {
  const float eps = 4e-2f, saved = weight;
  weight = saved + eps;
  const double plus = model.loss(batch);
  weight = saved - eps;
  const double minus = model.loss(batch);
  weight = saved;
  return (plus - minus) / (2.0 * eps);
}

class GradientCheck : public ::testing::TestWithParam<ScoreFunction> {};

TEST_P(GradientCheck, everyTensorMatchesCentralDifferencesOnAPaddedBatch) {
  TinyModel model(GetParam());
  sharpen_attention(model.weights);
  const TrainingBatch batch = whole_batch(many_pairs());
  Seq2SeqWeights analytic = model.gradient(batch);
  const auto weights = tensors_of(model.weights, model.config);
  const auto grads = tensors_of(analytic, model.config);
  for (size_t k = 0; k < weights.size(); ++k) {
    double difference = 0, analytic_norm = 0, numeric_norm = 0;
    for (long long i = 0; i < weights[k].size(); ++i) {
      const double numeric = numeric_derivative(model, batch, weights[k].data[i]);
      difference += std::pow(numeric - grads[k].data[i], 2);
      analytic_norm += std::pow(grads[k].data[i], 2);
      numeric_norm += numeric * numeric;
    }
    const double scale = std::max(std::sqrt(std::max(analytic_norm, numeric_norm)), 1e-6);
    EXPECT_LT(std::sqrt(difference) / scale, 1e-2) << weights[k].name;
  }
}

// Padding must change nothing: a batch's loss and gradient are the sums of
// those of its sentences run alone.
TEST_P(GradientCheck, paddedBatchEqualsItsSentencesRunAlone) {
  TinyModel model(GetParam());
  const std::vector<IdPair> pairs = uneven_pairs();
  const TrainingBatch batch = whole_batch(pairs);
  const double batch_loss = model.loss(batch);
  Seq2SeqWeights batch_grad = model.gradient(batch);
  double alone_loss = 0;
  Seq2SeqWeights alone_grad = make_weights(model.config, kSourceVocab, kTargetVocab);
  for (const IdPair& pair : pairs) {
    const TrainingBatch single = whole_batch({pair});
    alone_loss += model.loss(single);
    Seq2SeqWeights grad = model.gradient(single);
    accumulate(alone_grad, grad, model.config);
  }
  EXPECT_NEAR(batch_loss, alone_loss, 1e-4 * alone_loss);
  const auto together = tensors_of(batch_grad, model.config);
  const auto apart = tensors_of(alone_grad, model.config);
  for (size_t k = 0; k < together.size(); ++k)
    for (long long i = 0; i < together[k].size(); ++i)
      EXPECT_NEAR(together[k].data[i], apart[k].data[i], 1e-4) << together[k].name << "[" << i << "]";
}

TEST(GradientCheck, cosineWithAZeroQueryStaysFinite) {
  TinyModel model(ScoreFunction::Cosine);
  model.weights.init_weight.setZero();
  model.weights.init_bias.setZero();  // s_0 = 0: the clamp max(||q|| ||h||, 1e-8) is active
  const TrainingBatch batch = whole_batch(uneven_pairs());
  Seq2SeqWeights grad = model.gradient(batch);
  EXPECT_TRUE(std::isfinite(global_norm(grad, model.config)));
}

std::string score_name(const ::testing::TestParamInfo<ScoreFunction>& info) {
  return to_string(info.param);
}

INSTANTIATE_TEST_SUITE_P(AllScoreFunctions, GradientCheck, ::testing::ValuesIn(kAllScoreFunctions),
                         score_name);

}  // namespace
}  // namespace attnviz
