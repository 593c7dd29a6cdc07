#include "training/ParameterInit.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace attnviz {
namespace {

// libstdc++'s distributions are fixed functions of the engine's output, so
// a seed gives the same weights on every run of the same build.
class Initialiser {
 public:
  explicit Initialiser(std::uint64_t seed) : engine_(seed) {}

  void normal(float* data, long long size) {
    std::normal_distribution<float> pick(0.0f, 1.0f);
    for (long long i = 0; i < size; ++i) data[i] = pick(engine_);
  }
  void uniform(float* data, long long size, long long fan_in) {
    const float bound = 1.0f / std::sqrt(static_cast<float>(fan_in));
    std::uniform_real_distribution<float> pick(-bound, bound);
    for (long long i = 0; i < size; ++i) data[i] = pick(engine_);
  }

 private:
  std::mt19937_64 engine_;
};

bool starts_with(const std::string& name, const char* prefix) { return name.rfind(prefix, 0) == 0; }

// The fan PyTorch's reset_parameters uses for each tensor: a Linear bias
// shares its weight's fan_in.
long long fan_of(const TensorRef& tensor, const std::vector<TensorRef>& all,
                 const ModelConfig& config) {
  if (starts_with(tensor.name, "encoder.rnn.")) return config.hidden;
  if (starts_with(tensor.name, "decoder.rnn.")) return config.decoder_size();
  if (tensor.name == "attention.v" || tensor.name == "attention.bias") return config.attn;
  if (tensor.shape.size() == 2) return tensor.shape[1];
  const std::string weight = tensor.name.substr(0, tensor.name.rfind('.')) + ".weight";
  for (const TensorRef& other : all)
    if (other.name == weight) return other.shape[1];
  return tensor.shape[0];
}

// W_a = I / sqrt(D) (square, as D = 2H), so that general starts as
// scaled_dot. From a random W_a it attends by a random projection at first,
// and learned slower and aligned worse on our corpus (docs/models.md).
void start_as_scaled_dot(const TensorRef& tensor, const ModelConfig& config) {
  const int size = config.decoder_size();
  std::fill(tensor.data, tensor.data + tensor.size(), 0.0f);
  for (int d = 0; d < size; ++d) tensor.data[d * size + d] = 1.0f / std::sqrt(static_cast<float>(size));
}

}  // namespace

void initialise_like_pytorch(Seq2SeqWeights& weights, const ModelConfig& config,
                             std::uint64_t seed) {
  Initialiser init(seed);
  const std::vector<TensorRef> all = tensors_of(weights, config);
  for (const TensorRef& tensor : all) {
    if (tensor.name.ends_with("embedding.weight")) {
      init.normal(tensor.data, tensor.size());
    } else if (tensor.name == "attention.gamma") {
      // At 1, a softmax over cosines in [-1, 1] is nearly uniform and Adam
      // would need thousands of steps to sharpen it.
      tensor.data[0] = std::sqrt(static_cast<float>(config.decoder_size()));
    } else if (tensor.name == "attention.W") {
      start_as_scaled_dot(tensor, config);
    } else {
      init.uniform(tensor.data, tensor.size(), fan_of(tensor, all, config));
    }
  }
}

}  // namespace attnviz
