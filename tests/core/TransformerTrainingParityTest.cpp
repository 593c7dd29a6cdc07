// One training step of the C++ Transformer trainer against
// torch.nn.Transformer's autograd (tools/transformer_training_reference.py):
// the same random model and padded batch give the same summed loss and the
// same gradient for every tensor.

#include "model/TransformerFile.h"
#include "training/TransformerGraph.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace attnviz {
namespace {

const std::string kFixtures = ATTNVIZ_FIXTURES_DIR "/transformer/";

std::vector<IdPair> fixture_pairs(const nlohmann::json& fixture) {
  std::vector<IdPair> pairs;
  for (const nlohmann::json& pair : fixture["pairs"])
    pairs.push_back({pair["source"].get<std::vector<int>>(), pair["target"].get<std::vector<int>>()});
  return pairs;
}

TEST(TransformerTrainingParity, lossAndEveryGradientEqualTorchAutograd) {
  TransformerModelData model = read_transformer_file(kFixtures + "training_step.safetensors");
  TransformerModelData torch_grad = read_transformer_file(kFixtures + "training_step_gradients.safetensors");
  const nlohmann::json fixture = nlohmann::json::parse(std::ifstream(kFixtures + "training_step.json"));
  const std::vector<IdPair> pairs = fixture_pairs(fixture);
  const std::vector<int> order = {0, 1, 2};
  const TrainingBatch batch = make_batch(pairs, order);

  TransformerGraph graph;
  TransformerWeights grad = make_transformer_weights(model.config, model.src_vocab.size(), model.tgt_vocab.size());
  const double loss = graph.forward(model.weights, model.config, batch).loss;
  graph.backward(model.weights, model.config, batch, 1.0f, grad);

  // Both sides are float32; measured: the loss within 2e-6 of torch's, every
  // gradient within 1-2e-5 of its tensor's largest entry.
  EXPECT_NEAR(loss, fixture["loss"].get<double>(), 1e-5);
  const auto ours = tensors_of(grad, model.config);
  const auto theirs = tensors_of(torch_grad.weights, model.config);
  for (size_t k = 0; k < ours.size(); ++k) {
    float largest = 0;
    for (long long i = 0; i < theirs[k].size(); ++i) largest = std::max(largest, std::abs(theirs[k].data[i]));
    for (long long i = 0; i < ours[k].size(); ++i)
      ASSERT_NEAR(ours[k].data[i], theirs[k].data[i], 5e-5f * largest) << ours[k].name << "[" << i << "]";
  }
}

}  // namespace
}  // namespace attnviz
