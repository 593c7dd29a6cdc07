#include "training/TransformerInit.h"

#include <cmath>
#include <random>

namespace attnviz {
namespace {

// libstdc++'s distributions are fixed functions of the engine's output, so
// a seed gives the same weights on every run of the same build.
class Draw {
 public:
  explicit Draw(std::uint64_t seed) : engine_(seed) {}

  void normal(const TensorRef& tensor, float deviation) {
    std::normal_distribution<float> pick(0.0f, deviation);
    for (long long i = 0; i < tensor.size(); ++i) tensor.data[i] = pick(engine_);
  }
  void uniform(const TensorRef& tensor, float bound) {
    std::uniform_real_distribution<float> pick(-bound, bound);
    for (long long i = 0; i < tensor.size(); ++i) tensor.data[i] = pick(engine_);
  }
  static void fill(const TensorRef& tensor, float value) { std::fill(tensor.data, tensor.data + tensor.size(), value); }

 private:
  std::mt19937_64 engine_;
};

bool ends_with(const std::string& name, const char* suffix) { return name.ends_with(suffix); }

float xavier_bound(const TensorRef& matrix) {
  return static_cast<float>(std::sqrt(6.0 / static_cast<double>(matrix.shape[0] + matrix.shape[1])));
}

}  // namespace

void initialise_transformer(TransformerWeights& weights, const TransformerConfig& config, std::uint64_t seed) {
  Draw draw(seed);
  const float linear_bound = 1.0f / std::sqrt(static_cast<float>(config.d_model));
  const float ffn_bound = 1.0f / std::sqrt(static_cast<float>(config.ffn));
  for (const TensorRef& tensor : tensors_of(weights, config)) {
    const std::string& name = tensor.name;
    if (ends_with(name, "_embed.weight")) draw.normal(tensor, linear_bound);
    else if (name.starts_with("out.")) draw.uniform(tensor, linear_bound);
    else if (tensor.shape.size() == 2) draw.uniform(tensor, xavier_bound(tensor));
    else if (name.find(".norm") != std::string::npos) Draw::fill(tensor, ends_with(name, ".weight") ? 1.0f : 0.0f);
    else if (ends_with(name, "linear1.bias")) draw.uniform(tensor, linear_bound);   // fan_in d
    else if (ends_with(name, "linear2.bias")) draw.uniform(tensor, ffn_bound);      // fan_in f
    else Draw::fill(tensor, 0.0f);  // in_proj_bias, out_proj.bias
  }
}

}  // namespace attnviz
