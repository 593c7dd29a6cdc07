#include "corpus/Rng.h"

#include <limits>
#include <numeric>

namespace attnviz {

int Rng::below(int n) {
  const auto range = static_cast<std::uint64_t>(n);
  const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
  const std::uint64_t limit = max - max % range;
  std::uint64_t draw = engine_();
  while (draw >= limit) draw = engine_();
  return static_cast<int>(draw % range);
}

double Rng::uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

int Rng::weighted(const std::vector<double>& weights) {
  double rest = uniform() * std::accumulate(weights.begin(), weights.end(), 0.0);
  for (size_t i = 0; i + 1 < weights.size(); ++i) {
    if (rest < weights[i]) return static_cast<int>(i);
    rest -= weights[i];
  }
  return static_cast<int>(weights.size()) - 1;
}

}  // namespace attnviz
