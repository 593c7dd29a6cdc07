#pragma once
// What one attention head does on the current sentence, in a few numbers a
// head grid can print under its thumbnail: how spread its rows are
// (entropy), how sure (confidence, the mean of each row's largest weight,
// Voita et al. 2019), how well it matches the gold links when there are
// some, and a role when a simple test supports one.

#include "alignment/Alignment.h"
#include "alignment/GoldAlignment.h"

#include <optional>
#include <string>
#include <vector>

namespace attnviz {

// The share of rows whose largest weight must fall where a role says.
inline constexpr double kRoleShare = 0.9;
// A cross-attention head whose AER is at most this "aligns" with the gold.
inline constexpr double kAlignsAer = 0.2;

// Of the rows a role's test applies to, how many put their largest weight
// where the role says. Summed over sentences, the shares describe a head
// across a corpus (evaluation/HeadRoles.h) as they describe one sentence.
struct RowShare {
  long rows = 0;
  long hits = 0;
  double share() const { return rows == 0 ? 0 : double(hits) / double(rows); }
  RowShare& operator+=(const RowShare& other);
};

// The position before / the same / after the row's own (self-attention
// only: rows and columns are the same positions), and </s>.
struct RoleTally {
  RowShare previous, self, next, end_of_sentence;
  RoleTally& operator+=(const RoleTally& other);
};

// The tally of one map; `columns` labels its columns.
RoleTally tally_roles(const AttentionMap& map, const std::vector<std::string>& columns);
// The first role the tally supports for kRoleShare of its rows, in the
// order previous, next, self (self-attention), </s>, then "aligns" for a
// cross-attention head with an AER of at most kAlignsAer; "" for none.
std::string role_of(const RoleTally& tally, MapKind kind, std::optional<double> aer);

struct HeadSummary {
  double entropy = 0;     // mean row entropy, nats
  double confidence = 0;  // mean of each row's maximum weight
  std::optional<double> aer;  // cross-attention with gold links only
  // "previous" / "next" (the token before / after the row's own), "self",
  // "</s>", "aligns" (AER <= kAlignsAer), or empty when none holds for
  // kRoleShare of the rows.
  std::string role;
};

// `index` into alignment.maps; `gold` for the target x source maps.
HeadSummary summarise_head(const Alignment& alignment, size_t index, const std::optional<GoldAlignment>& gold);

}  // namespace attnviz
