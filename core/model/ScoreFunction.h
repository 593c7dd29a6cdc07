#pragma once

#include <optional>
#include <string_view>

namespace attnviz {

// The five ways of scoring a decoder query against an encoder annotation
// (MODEL_SPEC.md, "Score functions").
enum class ScoreFunction { Dot, ScaledDot, General, Additive, Cosine };

inline constexpr ScoreFunction kAllScoreFunctions[] = {
    ScoreFunction::Dot, ScoreFunction::ScaledDot, ScoreFunction::General,
    ScoreFunction::Additive, ScoreFunction::Cosine};

const char* to_string(ScoreFunction score);
std::optional<ScoreFunction> parse_score_function(std::string_view name);
// The equation in plain text, as the UI shows it next to raw scores.
const char* equation(ScoreFunction score);

}  // namespace attnviz
