#include "tokens/CharacterClass.h"

#include <algorithm>
#include <array>

namespace attnviz {
namespace {

bool in_range(char32_t cp, char32_t low, char32_t high) { return cp >= low && cp <= high; }

constexpr std::array<char32_t, 16> kTypographicPunctuation = {
    0x00AB, 0x00BB,          // « »
    0x201C, 0x201D, 0x201E,  // “ ” „
    0x2018, 0x201A,          // ‘ ‚ (opening quotes; the closing ’ is an apostrophe)
    0x2039, 0x203A,          // ‹ ›
    0x2026,                  // …
    0x2013, 0x2014,          // – —
    0x00A1, 0x00BF,          // ¡ ¿
    0x00B7, 0x2022,          // · •
};

}  // namespace

bool is_space(char32_t cp) {
  return in_range(cp, 0x09, 0x0D) || in_range(cp, 0x1C, 0x20) || cp == 0x85 || cp == 0xA0 ||
         cp == 0x1680 || in_range(cp, 0x2000, 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool is_control(char32_t cp) {
  const bool invisible = cp == 0x200B || cp == 0xFEFF;  // zero-width space, byte-order mark
  return ((cp < 0x20 || in_range(cp, 0x7F, 0x9F)) && !is_space(cp)) || invisible;
}

bool is_punctuation(char32_t cp) {
  if (cp < 0x80) {
    const bool symbol = in_range(cp, 0x21, 0x2F) || in_range(cp, 0x3A, 0x40) ||
                        in_range(cp, 0x5B, 0x60) || in_range(cp, 0x7B, 0x7E);
    return symbol && cp != '\'' && cp != '-';
  }
  return std::find(kTypographicPunctuation.begin(), kTypographicPunctuation.end(), cp) !=
         kTypographicPunctuation.end();
}

bool is_combining_mark(char32_t cp) {
  return in_range(cp, 0x0300, 0x036F) || in_range(cp, 0x1AB0, 0x1AFF) ||
         in_range(cp, 0x1DC0, 0x1DFF) || in_range(cp, 0x20D0, 0x20FF) ||
         in_range(cp, 0xFE00, 0xFE0F) || in_range(cp, 0xFE20, 0xFE2F) ||
         in_range(cp, 0xE0100, 0xE01EF);
}

bool is_ascii_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

}  // namespace attnviz
