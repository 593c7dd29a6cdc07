#include "model/ScoreFunction.h"

namespace attnviz {

const char* to_string(ScoreFunction score) {
  switch (score) {
    case ScoreFunction::Dot: return "dot";
    case ScoreFunction::ScaledDot: return "scaled_dot";
    case ScoreFunction::General: return "general";
    case ScoreFunction::Additive: return "additive";
    case ScoreFunction::Cosine: return "cosine";
  }
  return "unknown";
}

std::optional<ScoreFunction> parse_score_function(std::string_view name) {
  for (ScoreFunction score : kAllScoreFunctions) {
    if (name == to_string(score)) return score;
  }
  return std::nullopt;
}

const char* equation(ScoreFunction score) {
  switch (score) {
    case ScoreFunction::Dot: return "e = s·h";
    case ScoreFunction::ScaledDot: return "e = s·h / √D";
    case ScoreFunction::General: return "e = sᵀ W h";
    case ScoreFunction::Additive: return "e = vᵀ tanh(W_q s + W_k h + b)";
    case ScoreFunction::Cosine: return "e = γ · s·h / (‖s‖ ‖h‖)";
  }
  return "";
}

}  // namespace attnviz
