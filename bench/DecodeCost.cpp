#include "DecodeCost.h"

#include "alignment/Alignment.h"

#include <algorithm>
#include <ctime>
#include <vector>

namespace attnviz::bench {
namespace {

// Per-sentence work that does not repeat per step: the encoder, s_0 and
// the scorer's precomputed keys.
double setup_flops(const ModelConfig& c, double n) {
  const double e = c.embed, h = c.hidden, d = c.decoder_size(), a = c.attn;
  const double encoder = 2 * n * 2 * (3 * h * e + 3 * h * h);
  const double init = 2 * d * 2 * h;
  double keys = 0;
  if (c.score == ScoreFunction::General) keys = 2 * n * d * 2 * h;
  if (c.score == ScoreFunction::Additive) keys = 2 * n * a * 2 * h;
  return encoder + init + keys;
}

double attention_flops(const ModelConfig& c, double n) {
  const double h2 = 2.0 * c.hidden, d = c.decoder_size(), a = c.attn;
  const double context = 2 * n * h2;
  switch (c.score) {
    case ScoreFunction::General: return 2 * n * d + context;
    case ScoreFunction::Additive: return 2 * a * d + 2 * n * a + context;
    default: return 2 * n * h2 + context;
  }
}

double step_weights(const ModelConfig& c, double v) {
  const double e = c.embed, h2 = 2.0 * c.hidden, d = c.decoder_size(), a = c.attn;
  const double additive = c.score == ScoreFunction::Additive ? a * d : 0;
  return 3 * d * (e + h2) + 3 * d * d + d * (d + h2 + e) + v * d + additive;
}

}  // namespace

DecodeCost decode_cost(const ModelConfig& config, long long tgt_vocab, long long source_length,
                       long long steps) {
  const double n = static_cast<double>(source_length), v = static_cast<double>(tgt_vocab);
  const double per_step_weights = step_weights(config, v);
  DecodeCost cost;
  cost.flops = setup_flops(config, n) +
               static_cast<double>(steps) * (2 * per_step_weights + attention_flops(config, n));
  cost.weight_bytes = 4.0 * per_step_weights * static_cast<double>(steps);
  return cost;
}

double measure_gemv_gflops(double bytes) {
  constexpr Eigen::Index kCols = 128;
  constexpr int kTrials = 401;
  const auto rows = static_cast<Eigen::Index>(bytes / (4.0 * kCols));
  const RowMatrix matrix = RowMatrix::Random(rows, kCols);
  Eigen::VectorXf x = Eigen::VectorXf::Random(kCols), y(rows);
  std::vector<double> times;
  for (int trial = 0; trial < kTrials; ++trial) {
    const double start = thread_seconds();
    y.noalias() = matrix * x;
    x(0) += y(0) * 1e-30f;  // a data dependence, so no product is skipped
    times.push_back(thread_seconds() - start);
  }
  // The median of this thread's CPU time, as the decode timings are taken.
  std::nth_element(times.begin(), times.begin() + kTrials / 2, times.end());
  return 2.0 * static_cast<double>(rows * kCols) / times[kTrials / 2] * 1e-9;
}

double thread_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

}  // namespace attnviz::bench
