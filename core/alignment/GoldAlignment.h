#pragma once
// A reference word alignment (Och & Ney 2003): sure links S and possible
// links P, with S a subset of P. Links are (source index, target index) over
// the words only, without </s>, as in the Pharaoh format "0-0 1-2 2-1"
// (possible links written "1p2").

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace attnviz {

using Link = std::pair<int, int>;  // (source word index, target word index)

struct GoldAlignment {
  std::vector<Link> sure;
  std::vector<Link> possible;  // the possible-only links; P = sure + possible
  bool operator==(const GoldAlignment&) const = default;
};

std::string to_pharaoh(const GoldAlignment& gold);
// Throws std::invalid_argument naming the bad item.
GoldAlignment parse_pharaoh(std::string_view text);

}  // namespace attnviz
