#include "training/HanInit.h"

#include <cmath>
#include <random>

namespace attnviz {
namespace {

bool starts_with(const std::string& name, const char* prefix) { return name.rfind(prefix, 0) == 0; }

// The fan PyTorch's reset_parameters uses: a GRU's hidden size, a Linear
// bias its weight's fan_in (square here), a context vector its length.
long long fan_of(const TensorRef& tensor, const HanConfig& config) {
  if (starts_with(tensor.name, "word_rnn.")) return config.word_hidden;
  if (starts_with(tensor.name, "sentence_rnn.")) return config.sentence_hidden;
  if (tensor.shape.size() == 2) return tensor.shape[1];
  if (tensor.name == "classifier.bias") return 2LL * config.sentence_hidden;
  return tensor.shape[0];
}

}  // namespace

// libstdc++'s distributions are fixed functions of the engine's output, so
// a seed gives the same weights on every run of the same build.
void initialise_han(HanWeights& weights, const HanConfig& config, std::uint64_t seed) {
  std::mt19937_64 engine(seed);
  for (const TensorRef& tensor : tensors_of(weights, config)) {
    if (tensor.name == "embedding.weight") {
      std::normal_distribution<float> pick(0.0f, 1.0f);
      for (long long i = 0; i < tensor.size(); ++i) tensor.data[i] = pick(engine);
      continue;
    }
    const float bound = 1.0f / std::sqrt(static_cast<float>(fan_of(tensor, config)));
    std::uniform_real_distribution<float> pick(-bound, bound);
    for (long long i = 0; i < tensor.size(); ++i) tensor.data[i] = pick(engine);
  }
}

}  // namespace attnviz
