// The trainer's backpropagation against central finite differences, for
// every parameter tensor, every score function and every attention
// mechanism, on a tiny model and a batch whose sentences have different
// lengths (so padding is exercised).

#include "MechanismCases.h"

#include "training/GradientOps.h"
#include "training/ParameterInit.h"
#include "training/Seq2SeqGraph.h"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

namespace attnviz {
namespace {

constexpr int kSourceVocab = 9, kTargetVocab = 10;

// D = 2 on sentences of up to 7 positions: most windows are clipped or
// smaller than the sentence.
ModelConfig tiny_config(ScoreFunction score, AttentionMechanism mechanism) {
  ModelConfig config;
  config.score = score;
  config.mechanism = mechanism;
  config.window = config.is_local() ? 2 : 0;
  config.embed = 4;
  config.hidden = 3;
  config.attn = 5;
  return config;
}

// Lengths 3/1/5 on the source and 2/4/1 on the target side.
std::vector<IdPair> uneven_pairs() {
  return {{{4, 5, 6}, {7, 8}}, {{5}, {4, 6, 9, 7}}, {{8, 7, 6, 5, 4}, {5}}};
}

using WindowPattern = Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic>;

struct TinyModel {
  TinyModel(ScoreFunction score, AttentionMechanism mechanism)
      : config(tiny_config(score, mechanism)), weights(make_weights(config, kSourceVocab, kTargetVocab)) {
    initialise_like_pytorch(weights, config, 7);
  }
  double loss(const TrainingBatch& batch) { return graph.forward(weights, config, batch).loss; }
  // The source positions each step attended to in the last forward().
  WindowPattern windows() const { return graph.attention().array() != 0.0f; }
  Seq2SeqWeights gradient(const TrainingBatch& batch, float scale = 1.0f) {
    Seq2SeqWeights grad = make_weights(config, kSourceVocab, kTargetVocab);
    graph.forward(weights, config, batch);
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

// Makes attention peaked enough that the score parameters matter to the
// loss, and local-p's p_t move enough that its network does.
void sharpen_attention(Seq2SeqWeights& w) {
  w.attention_W *= 4.0f;
  w.attention_v *= 4.0f;
  w.attention_query *= 4.0f;
  w.attention_gamma *= 2.0f;
  w.position_v *= 4.0f;
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
//
// local-p's windows jump where a p_t crosses a whole position, and there
// the loss jumps too (MODEL_SPEC.md): a quotient across the jump measures
// the jump, not the gradient. So the step is halved until neither side
// moves a window, and an entry is left out when even a step of 4e-2 / 64 does.
std::optional<double> numeric_derivative(TinyModel& model, const TrainingBatch& batch, float& weight,
                                         const WindowPattern& windows) {
  const float saved = weight;
  for (float eps = 4e-2f; eps > 4e-2f / 65; eps /= 2) {
    weight = saved + eps;
    const double plus = model.loss(batch);
    const bool plus_same = (model.windows() == windows).all();
    weight = saved - eps;
    const double minus = model.loss(batch);
    const bool minus_same = (model.windows() == windows).all();
    weight = saved;
    if (plus_same && minus_same) return (plus - minus) / (2.0 * eps);
  }
  return std::nullopt;
}

class GradientCheck : public ::testing::TestWithParam<MechanismCase> {
 protected:
  TinyModel make_model() const { return TinyModel(std::get<0>(GetParam()), std::get<1>(GetParam())); }
};

TEST_P(GradientCheck, everyTensorMatchesCentralDifferencesOnAPaddedBatch) {
  TinyModel model = make_model();
  sharpen_attention(model.weights);
  const TrainingBatch batch = whole_batch(many_pairs());
  Seq2SeqWeights analytic = model.gradient(batch);
  model.loss(batch);
  const WindowPattern windows = model.windows();
  const auto weights = tensors_of(model.weights, model.config);
  const auto grads = tensors_of(analytic, model.config);
  for (size_t k = 0; k < weights.size(); ++k) {
    double difference = 0, analytic_norm = 0, numeric_norm = 0;
    long long compared = 0;
    for (long long i = 0; i < weights[k].size(); ++i) {
      const std::optional<double> numeric = numeric_derivative(model, batch, weights[k].data[i], windows);
      if (!numeric) continue;
      ++compared;
      difference += std::pow(*numeric - grads[k].data[i], 2);
      analytic_norm += std::pow(grads[k].data[i], 2);
      numeric_norm += *numeric * *numeric;
    }
    const double scale = std::max(std::sqrt(std::max(analytic_norm, numeric_norm)), 1e-6);
    EXPECT_LT(std::sqrt(difference) / scale, 1e-2) << weights[k].name << ", " << compared << " of " << weights[k].size();
    // Most of every tensor is still checked.
    EXPECT_GE(compared, weights[k].size() * 9 / 10) << weights[k].name;
  }
}

// Padding must change nothing: a batch's loss and gradient are the sums of
// those of its sentences run alone.
TEST_P(GradientCheck, paddedBatchEqualsItsSentencesRunAlone) {
  TinyModel model = make_model();
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
  TinyModel model(ScoreFunction::Cosine, AttentionMechanism::Global);
  model.weights.init_weight.setZero();
  model.weights.init_bias.setZero();  // s_0 = 0: the clamp max(||q|| ||h||, 1e-8) is active
  const TrainingBatch batch = whole_batch(uneven_pairs());
  Seq2SeqWeights grad = model.gradient(batch);
  EXPECT_TRUE(std::isfinite(global_norm(grad, model.config)));
}

INSTANTIATE_TEST_SUITE_P(AllScoreFunctionsAndMechanisms, GradientCheck, all_mechanism_cases(), mechanism_case_name);

}  // namespace
}  // namespace attnviz
