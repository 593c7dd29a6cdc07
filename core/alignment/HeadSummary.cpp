#include "alignment/HeadSummary.h"

#include "alignment/AlignmentErrorRate.h"
#include "alignment/AttentionStatistics.h"
#include "alignment/EndOfSentence.h"
#include "alignment/HardAlignment.h"
#include "alignment/MapFocus.h"

#include <functional>

namespace attnviz {
namespace {

// The share of rows (among those the test applies to) whose argmax column
// passes `holds(row, column)`; rows the test cannot apply to are skipped.
double share_of_rows(const std::vector<int>& argmax, const std::function<std::optional<bool>(int, int)>& holds) {
  int counted = 0, passed = 0;
  for (size_t row = 0; row < argmax.size(); ++row) {
    const std::optional<bool> result = holds(static_cast<int>(row), argmax[row]);
    if (!result) continue;
    ++counted;
    passed += *result ? 1 : 0;
  }
  return counted == 0 ? 0 : double(passed) / counted;
}

// Self-attention rows and columns are the same positions (a source word,
// or a decoder step and its own input), so "previous" is one column left.
std::string self_attention_role(const std::vector<int>& argmax, int columns) {
  const auto offset = [&](int by) {
    return share_of_rows(argmax, [&](int row, int col) -> std::optional<bool> {
      if (row + by < 0 || row + by >= columns) return std::nullopt;
      return col == row + by;
    });
  };
  if (offset(-1) >= kRoleShare) return "previous";
  if (offset(+1) >= kRoleShare) return "next";
  if (offset(0) >= kRoleShare) return "self";
  return {};
}

std::string end_of_sentence_role(const std::vector<int>& argmax, const std::vector<std::string>& columns) {
  const double share = share_of_rows(argmax, [&](int, int col) -> std::optional<bool> {
    return columns[static_cast<size_t>(col)] == kEndOfSentence;
  });
  return share >= kRoleShare ? kEndOfSentence : std::string();
}

}  // namespace

HeadSummary summarise_head(const Alignment& alignment, size_t index, const std::optional<GoldAlignment>& gold) {
  const Alignment focused = focus_on_map(alignment, index);
  const AttentionMap& map = focused.primary();
  HeadSummary summary;
  if (map.weights.size() == 0) return summary;
  summary.entropy = mean_entropy(map.weights);
  summary.confidence = map.weights.rowwise().maxCoeff().cast<double>().mean();
  const bool target_by_source = map.rows == MapAxis::Target && map.cols == MapAxis::Source;
  if (gold && target_by_source) summary.aer = sentence_aer(focused, *gold);
  const std::vector<int> argmax = argmax_columns(map.weights);
  if (map.kind != MapKind::Cross) summary.role = self_attention_role(argmax, static_cast<int>(map.weights.cols()));
  if (summary.role.empty()) summary.role = end_of_sentence_role(argmax, focused.source_tokens);
  if (summary.role.empty() && summary.aer && *summary.aer <= kAlignsAer) summary.role = "aligns";
  return summary;
}

}  // namespace attnviz
