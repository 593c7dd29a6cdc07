// The Transformer trainer's backpropagation against central finite
// differences, for every parameter tensor, on a tiny 2+2-layer model and a
// batch whose sentences have different lengths (so the padding masks and
// the causal mask are exercised).

#include "training/GradientOps.h"
#include "training/TransformerGraph.h"
#include "training/TransformerInit.h"

#include <gtest/gtest.h>

#include <cmath>

namespace attnviz {
namespace {

constexpr int kSourceVocab = 9, kTargetVocab = 10;

TransformerConfig tiny_config() {
  TransformerConfig config;
  config.d_model = 8;
  config.heads = 2;
  config.ffn = 12;
  config.enc_layers = 2;
  config.dec_layers = 2;
  config.max_positions = 16;
  return config;
}

struct TinyTransformer {
  TinyTransformer() : config(tiny_config()), weights(zero()) { initialise_transformer(weights, config, 7); }
  TransformerWeights zero() const { return make_transformer_weights(config, kSourceVocab, kTargetVocab); }
  double loss(const TrainingBatch& batch) { return graph.forward(weights, config, batch).loss; }
  TransformerWeights gradient(const TrainingBatch& batch) {
    TransformerWeights grad = zero();
    graph.forward(weights, config, batch);
    graph.backward(weights, config, batch, 1.0f, grad);
    return grad;
  }

  TransformerConfig config;
  TransformerWeights weights;
  TransformerGraph graph;
};

std::vector<IdPair> uneven_pairs() {
  return {{{4, 5, 6}, {7, 8}}, {{5}, {4, 6, 9, 7}}, {{8, 7, 6, 5, 4}, {5}}};
}

// Twelve sentences of lengths 1..6 on each side.
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

// A difference quotient across a ReLU's kink measures neither side's
// slope, and with a few thousand activations downstream of every weight
// some always sit within a step of 0 (1-6% errors on every tensor below
// the last feed-forward block, whatever the step). So each feed-forward
// unit is kept well on one side: linear1 shrunk to +-0.11 (pre-activations
// within about +-0.5 of the bias) and biases +1 (on) or -1 (off, which
// checks the mask: those rows' gradients must be 0).
void keep_relus_away_from_the_kink(TransformerWeights& w) {
  auto separate = [](FeedForwardWeights& ff) {
    ff.linear1_weight *= 0.2f;
    for (Eigen::Index u = 0; u < ff.linear1_bias.size(); ++u) ff.linear1_bias[u] = u % 3 == 2 ? -1.0f : 1.0f;
  };
  for (EncoderLayerWeights& layer : w.encoder) separate(layer.feed_forward);
  for (DecoderLayerWeights& layer : w.decoder) separate(layer.feed_forward);
}

TrainingBatch whole_batch(const std::vector<IdPair>& pairs) {
  std::vector<int> indices(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) indices[i] = static_cast<int>(i);
  return make_batch(pairs, indices);
}

// With the ReLUs away from their kinks, every tensor's difference
// quotients (step 1e-2, float forward, loss summed in double) agreed with
// backprop to 0.9e-4-3.2e-4 of the tensor's gradient norm; a gradient with
// a missing term or factor is off by percents (a kink crossed gave 1-6%).
constexpr double kTolerance = 2e-3;

double numeric_derivative(TinyTransformer& model, const TrainingBatch& batch, float& weight) {
  const float eps = 1e-2f, saved = weight;
  weight = saved + eps;
  const double plus = model.loss(batch);
  weight = saved - eps;
  const double minus = model.loss(batch);
  weight = saved;
  return (plus - minus) / (2.0 * eps);
}

TEST(TransformerGradient, everyTensorMatchesCentralDifferencesOnAPaddedBatch) {
  TinyTransformer model;
  keep_relus_away_from_the_kink(model.weights);
  const TrainingBatch batch = whole_batch(many_pairs());
  TransformerWeights analytic = model.gradient(batch);
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
    EXPECT_LT(std::sqrt(difference) / scale, kTolerance) << weights[k].name;
  }
}

// Padding must change nothing: a batch's loss and gradient are the sums of
// those of its sentences run alone.
TEST(TransformerGradient, paddedBatchEqualsItsSentencesRunAlone) {
  TinyTransformer model;
  const std::vector<IdPair> pairs = uneven_pairs();
  const TrainingBatch batch = whole_batch(pairs);
  const double batch_loss = model.loss(batch);
  TransformerWeights batch_grad = model.gradient(batch);
  double alone_loss = 0;
  TransformerWeights alone_grad = model.zero();
  for (const IdPair& pair : pairs) {
    const TrainingBatch single = whole_batch({pair});
    alone_loss += model.loss(single);
    TransformerWeights grad = model.gradient(single);
    accumulate(alone_grad, grad, model.config);
  }
  EXPECT_NEAR(batch_loss, alone_loss, 1e-5 * alone_loss);
  const auto together = tensors_of(batch_grad, model.config);
  const auto apart = tensors_of(alone_grad, model.config);
  for (size_t k = 0; k < together.size(); ++k)
    for (long long i = 0; i < together[k].size(); ++i)
      EXPECT_NEAR(together[k].data[i], apart[k].data[i], 1e-5) << together[k].name << "[" << i << "]";
}

}  // namespace
}  // namespace attnviz
