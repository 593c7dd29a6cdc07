#pragma once
// Global, local or hard attention (MODEL_SPEC.md, "Attention mechanisms"):
// which source positions a decoder step may attend to, and how. The
// inference engine and the trainer both build their windows and hard
// choices from these functions, so the two cannot disagree about where a
// window ends or which position a step chose.

#include <optional>
#include <string_view>

namespace attnviz {

// Global: every position. LocalMonotonic (local-m): a window of +-D around
// p_t = t - 1. LocalPredicted (local-p): a window around a predicted p_t,
// weighted by a Gaussian (Luong et al. 2015). Hard: the softmax over every
// position is a policy, and the context is the one position it rates best
// (trained on the exact marginal over positions, Wu et al. 2018).
enum class AttentionMechanism { Global, LocalMonotonic, LocalPredicted, Hard };

inline constexpr AttentionMechanism kAllMechanisms[] = {
    AttentionMechanism::Global, AttentionMechanism::LocalMonotonic, AttentionMechanism::LocalPredicted,
    AttentionMechanism::Hard};

// local-m and local-p: attention within a window [p_t - D, p_t + D] only.
// Global and hard attention weigh every position and have no window.
constexpr bool is_local(AttentionMechanism mechanism) {
  return mechanism == AttentionMechanism::LocalMonotonic || mechanism == AttentionMechanism::LocalPredicted;
}

// The largest window a config may name: beyond any sentence attnviz shows.
inline constexpr int kMaxWindow = 1000;

const char* to_string(AttentionMechanism mechanism);
std::optional<AttentionMechanism> parse_attention_mechanism(std::string_view name);

// The source positions first..last (inclusive) a step attends to.
struct WindowSpan {
  int first = 0;
  int last = 0;
  int size() const { return last - first + 1; }
};

// local-m's centre for 0-based step `step` (t - 1): the step itself,
// clamped to the last of `length` positions so that a long decode keeps
// a window.
float monotonic_position(int step, int length);
// local-p's centre n * sigmoid(logit), logit = v_p . tanh(W_p q).
float predicted_position(float logit, int length);
// [p - D, p + D] clipped to 0..length-1; never empty for window >= 1.
WindowSpan window_span(float position, int window, int length);
// local-p's exp(-(i - p)^2 / (2 sigma^2)) with sigma = window / 2.
float gaussian_weight(int i, float position, int window);
// Hard attention's choice: the position of the policy's largest weight,
// the first of equal ones (as torch.argmax).
template <class Row>
int chosen_position(const Row& policy) {
  int best = 0;
  for (int i = 1; i < static_cast<int>(policy.size()); ++i)
    if (policy[i] > policy[best]) best = i;
  return best;
}

}  // namespace attnviz
