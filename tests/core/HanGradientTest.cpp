// The hierarchical attention network's backpropagation (both BiGRUs, both
// attention levels, the classifier) against central finite differences for
// every parameter tensor, on a tiny model and documents of uneven sentence
// counts and lengths; and the training graph's probabilities against the
// inference code's, so that the two cannot drift apart.

#include "classification/HanModel.h"
#include "training/HanGraph.h"
#include "training/HanInit.h"

#include <gtest/gtest.h>

#include <cmath>

namespace attnviz {
namespace {

constexpr int kVocab = 11, kClasses = 3;

HanConfig tiny_config() { return {4, 3, 2}; }

struct TinyHan {
  TinyHan() : config(tiny_config()), weights(make_han_weights(config, kVocab, kClasses)) {
    initialise_han(weights, config, 5);
    sharpen(weights.word_attention);
    sharpen(weights.sentence_attention);
  }
  // From PyTorch's initialisation the attention is nearly uniform and its
  // parameters' gradients (1e-4) drown in the float noise of a difference
  // quotient; sharper attention, as after training, gives them weight.
  static void sharpen(ContextAttentionWeights& attention) {
    attention.weight *= 3.0f;
    attention.context *= 10.0f;
  }
  double loss(const DocumentBatch& batch) { return graph.forward(weights, batch).loss; }
  HanWeights gradient(const DocumentBatch& batch) {
    HanWeights grad = make_han_weights(config, kVocab, kClasses);
    graph.forward(weights, batch);
    graph.backward(weights, batch, 1.0f, grad);
    return grad;
  }

  HanConfig config;
  HanWeights weights;
  HanGraph graph;
};

// Three documents of 1, 2 and 4 sentences of 1-5 words; a word repeats so
// that the embedding's scatter-add adds up.
DocumentBatch uneven_documents() {
  DocumentBatch batch;
  batch.documents.push_back({{{4, 5, 6, 4}}, 0});
  batch.documents.push_back({{{7}, {8, 9, 10, 4, 5}}, 2});
  batch.documents.push_back({{{5, 6}, {1, 9, 9}, {10}, {6, 7, 8}}, 1});
  return batch;
}

// Difference quotients (step 1e-2, float forward, loss summed in double)
// agree with backprop to 0.4e-4-2.3e-3 of each tensor's gradient norm.
// That is float noise, not a missing term: with a step of 3e-3 the worst
// tensor is off by 6.6e-3, with 3e-2 by 1.8e-3 (a wrong gradient is off by
// the same amount at every step, and a missing term or factor by percents).
constexpr double kTolerance = 5e-3;

double numeric_derivative(TinyHan& model, const DocumentBatch& batch, float& weight) {
  const float eps = 1e-2f, saved = weight;
  weight = saved + eps;
  const double plus = model.loss(batch);
  weight = saved - eps;
  const double minus = model.loss(batch);
  weight = saved;
  return (plus - minus) / (2.0 * eps);
}

TEST(HanGradient, everyTensorMatchesCentralDifferences) {
  TinyHan model;
  const DocumentBatch batch = uneven_documents();
  HanWeights analytic = model.gradient(batch);
  const auto weights = tensors_of(model.weights, model.config);
  const auto grads = tensors_of(analytic, model.config);
  ASSERT_EQ(weights.size(), 25u);
  for (size_t k = 0; k < weights.size(); ++k) {
    double difference = 0, analytic_norm = 0, numeric_norm = 0;
    for (long long i = 0; i < weights[k].size(); ++i) {
      const double numeric = numeric_derivative(model, batch, weights[k].data[i]);
      difference += std::pow(numeric - grads[k].data[i], 2);
      analytic_norm += std::pow(grads[k].data[i], 2);
      numeric_norm += numeric * numeric;
    }
    ASSERT_GT(analytic_norm, 0.0) << weights[k].name << " got no gradient";
    const double scale = std::sqrt(std::max(analytic_norm, numeric_norm));
    EXPECT_LT(std::sqrt(difference) / scale, kTolerance) << weights[k].name;
  }
}

TEST(HanGradient, trainingGraphComputesTheSameProbabilitiesAsInference) {
  TinyHan model;
  const DocumentBatch batch = uneven_documents();
  std::vector<std::string> words = {"<pad>", "<unk>", "<s>", "</s>"};
  for (int w = 4; w < kVocab; ++w) words.push_back("w" + std::to_string(w));
  HanModelData data{model.config, Vocabulary(words), {"a", "b", "c"}, model.weights, ""};
  const HanModel inference(data);
  DocumentPass pass;
  for (const DocumentIds& document : batch.documents) {
    std::vector<std::vector<std::string>> sentences;
    for (const auto& ids : document.sentences) {
      sentences.emplace_back();
      for (int id : ids) sentences.back().push_back(words[static_cast<size_t>(id)]);
    }
    pass.forward(model.weights, document);
    const DocumentClassification result = inference.classify(sentences);
    for (int c = 0; c < kClasses; ++c) EXPECT_NEAR(result.probabilities[c], pass.probabilities()(c), 1e-6);
  }
}

}  // namespace
}  // namespace attnviz
