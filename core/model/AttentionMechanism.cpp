#include "model/AttentionMechanism.h"

#include <algorithm>
#include <cmath>

namespace attnviz {

const char* to_string(AttentionMechanism mechanism) {
  switch (mechanism) {
    case AttentionMechanism::Global: return "global";
    case AttentionMechanism::LocalMonotonic: return "local-m";
    case AttentionMechanism::LocalPredicted: return "local-p";
    case AttentionMechanism::Hard: return "hard";
  }
  return "unknown";
}

std::optional<AttentionMechanism> parse_attention_mechanism(std::string_view name) {
  for (AttentionMechanism mechanism : kAllMechanisms) {
    if (name == to_string(mechanism)) return mechanism;
  }
  return std::nullopt;
}

float monotonic_position(int step, int length) { return static_cast<float>(std::min(step, length - 1)); }

float predicted_position(float logit, int length) {
  const float sigmoid = 1.0f / (1.0f + std::exp(-logit));
  return static_cast<float>(length) * sigmoid;
}

WindowSpan window_span(float position, int window, int length) {
  const float reach = static_cast<float>(window);
  const int first = static_cast<int>(std::ceil(position - reach));
  const int last = static_cast<int>(std::floor(position + reach));
  return {std::max(first, 0), std::min(last, length - 1)};
}

float gaussian_weight(int i, float position, int window) {
  const float sigma = 0.5f * static_cast<float>(window);
  const float offset = static_cast<float>(i) - position;
  return std::exp(-offset * offset / (2.0f * sigma * sigma));
}

}  // namespace attnviz
