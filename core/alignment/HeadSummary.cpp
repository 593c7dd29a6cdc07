#include "alignment/HeadSummary.h"

#include "alignment/AlignmentErrorRate.h"
#include "alignment/AttentionStatistics.h"
#include "alignment/EndOfSentence.h"
#include "alignment/HardAlignment.h"
#include "alignment/MapFocus.h"

#include <functional>

namespace attnviz {
namespace {

// Adds each row whose test applies (holds returns a value) to `share`.
RowShare share_of_rows(const std::vector<int>& argmax, const std::function<std::optional<bool>(int, int)>& holds) {
  RowShare share;
  for (size_t row = 0; row < argmax.size(); ++row) {
    const std::optional<bool> result = holds(static_cast<int>(row), argmax[row]);
    if (!result) continue;
    ++share.rows;
    share.hits += *result ? 1 : 0;
  }
  return share;
}

}  // namespace

RowShare& RowShare::operator+=(const RowShare& other) {
  rows += other.rows;
  hits += other.hits;
  return *this;
}

RoleTally& RoleTally::operator+=(const RoleTally& other) {
  previous += other.previous;
  self += other.self;
  next += other.next;
  end_of_sentence += other.end_of_sentence;
  return *this;
}

// Self-attention rows and columns are the same positions (a source word,
// or a decoder step and its own input), so "previous" is one column left.
RoleTally tally_roles(const AttentionMap& map, const std::vector<std::string>& columns) {
  const std::vector<int> argmax = argmax_columns(map.weights);
  const int width = static_cast<int>(map.weights.cols());
  const auto offset = [&](int by) {
    return share_of_rows(argmax, [&](int row, int col) -> std::optional<bool> {
      if (row + by < 0 || row + by >= width) return std::nullopt;
      return col == row + by;
    });
  };
  RoleTally tally;
  if (map.kind != MapKind::Cross) {
    tally.previous = offset(-1);
    tally.self = offset(0);
    tally.next = offset(+1);
  }
  tally.end_of_sentence = share_of_rows(argmax, [&](int, int col) -> std::optional<bool> {
    return col >= 0 && static_cast<size_t>(col) < columns.size() && columns[static_cast<size_t>(col)] == kEndOfSentence;
  });
  return tally;
}

std::string role_of(const RoleTally& tally, MapKind kind, std::optional<double> aer) {
  if (kind != MapKind::Cross) {
    if (tally.previous.share() >= kRoleShare) return "previous";
    if (tally.next.share() >= kRoleShare) return "next";
    if (tally.self.share() >= kRoleShare) return "self";
  }
  if (tally.end_of_sentence.share() >= kRoleShare) return kEndOfSentence;
  if (aer && *aer <= kAlignsAer) return "aligns";
  return {};
}

HeadSummary summarise_head(const Alignment& alignment, size_t index, const std::optional<GoldAlignment>& gold) {
  const Alignment focused = focus_on_map(alignment, index);
  const AttentionMap& map = focused.primary();
  HeadSummary summary;
  if (map.weights.size() == 0) return summary;
  summary.entropy = mean_entropy(map.weights);
  summary.confidence = map.weights.rowwise().maxCoeff().cast<double>().mean();
  const bool target_by_source = map.rows == MapAxis::Target && map.cols == MapAxis::Source;
  if (gold && target_by_source) summary.aer = sentence_aer(focused, *gold);
  summary.role = role_of(tally_roles(map, focused.source_tokens), map.kind, summary.aer);
  return summary;
}

}  // namespace attnviz
