#include "alignment/GoldAlignment.h"

#include <charconv>
#include <set>
#include <stdexcept>

namespace attnviz {
namespace {

void append_link(std::string& out, const Link& link, char separator) {
  if (!out.empty()) out += ' ';
  out += std::to_string(link.first) + separator + std::to_string(link.second);
}

bool parse_index(std::string_view digits, int& value) {
  const char* end = digits.data() + digits.size();
  const auto result = std::from_chars(digits.data(), end, value);
  return !digits.empty() && result.ec == std::errc() && result.ptr == end && value >= 0;
}

std::invalid_argument bad_item(std::string_view item, std::string_view why) {
  return std::invalid_argument("bad Pharaoh alignment item '" + std::string(item) + "': " +
                               std::string(why));
}

// "3-5" (sure) or "3p5" (possible) -> the link and whether it is sure.
std::pair<Link, bool> parse_item(std::string_view item) {
  const size_t separator = item.find_first_of("-p");
  if (separator == std::string_view::npos) {
    throw bad_item(item, "expected i-j (sure) or ipj (possible)");
  }
  Link link;
  if (!parse_index(item.substr(0, separator), link.first) ||
      !parse_index(item.substr(separator + 1), link.second)) {
    throw bad_item(item, "the indexes must be whole numbers from 0");
  }
  return {link, item[separator] == '-'};
}

std::vector<std::string_view> split_on_spaces(std::string_view text) {
  std::vector<std::string_view> items;
  size_t pos = text.find_first_not_of(" \t\r\n");
  while (pos != std::string_view::npos) {
    const size_t end = std::min(text.find_first_of(" \t\r\n", pos), text.size());
    items.push_back(text.substr(pos, end - pos));
    pos = text.find_first_not_of(" \t\r\n", end);
  }
  return items;
}

}  // namespace

std::string to_pharaoh(const GoldAlignment& gold) {
  std::string out;
  for (const Link& link : gold.sure) append_link(out, link, '-');
  for (const Link& link : gold.possible) append_link(out, link, 'p');
  return out;
}

GoldAlignment parse_pharaoh(std::string_view text) {
  GoldAlignment gold;
  std::set<Link> seen;
  for (std::string_view item : split_on_spaces(text)) {
    const auto [link, sure] = parse_item(item);
    if (!seen.insert(link).second) throw bad_item(item, "the link appears twice");
    (sure ? gold.sure : gold.possible).push_back(link);
  }
  return gold;
}

}  // namespace attnviz
