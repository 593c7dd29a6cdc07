#pragma once
// Global or local attention (MODEL_SPEC.md, "Attention mechanisms"): which
// source positions a decoder step may attend to, and how. The inference
// engine and the trainer both build their windows from these functions,
// so the two cannot disagree about where a window ends.

#include <optional>
#include <string_view>

namespace attnviz {

// Global: every position. LocalMonotonic (local-m): a window of +-D around
// p_t = t - 1. LocalPredicted (local-p): a window around a predicted p_t,
// weighted by a Gaussian (Luong et al. 2015).
enum class AttentionMechanism { Global, LocalMonotonic, LocalPredicted };

inline constexpr AttentionMechanism kAllMechanisms[] = {
    AttentionMechanism::Global, AttentionMechanism::LocalMonotonic, AttentionMechanism::LocalPredicted};

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

}  // namespace attnviz
