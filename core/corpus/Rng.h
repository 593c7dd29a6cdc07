#pragma once
// The corpus's only source of randomness. std::mt19937_64 is specified
// bit-for-bit by the standard, but std::uniform_int_distribution is not
// (libstdc++ and libc++ draw differently), so the draws on top of the
// engine are our own: the same seed gives the same corpus everywhere.

#include <cstdint>
#include <random>
#include <vector>

namespace attnviz {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  // Uniform in [0, n); n > 0. Rejection sampling, so no modulo bias.
  int below(int n);
  // Uniform in [0, 1) with 53 random bits.
  double uniform();
  bool chance(double probability) { return uniform() < probability; }
  // Index i with probability weights[i] / sum(weights).
  int weighted(const std::vector<double>& weights);

  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<size_t>(below(static_cast<int>(items.size())))];
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace attnviz
