#include "tokens/Clitics.h"

#include <algorithm>
#include <array>

namespace attnviz {
namespace {

constexpr std::array<std::string_view, 12> kFrenchElisions = {
    "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'"};

// "n't" as the Penn Treebank splits it: "don't" -> "do" "n't".
constexpr std::array<std::string_view, 7> kEnglishClitics = {
    "'s", "'re", "'ve", "'ll", "'d", "'m", "n't"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view text) {
  return std::find(list.begin(), list.end(), text) != list.end();
}

}  // namespace

bool is_french_elision(std::string_view text) { return contains(kFrenchElisions, text); }

bool is_english_clitic(std::string_view text) { return contains(kEnglishClitics, text); }

}  // namespace attnviz
