#include "tokens/CaseFolding.h"

namespace attnviz {
namespace {

bool in_range(char32_t cp, char32_t low, char32_t high) { return cp >= low && cp <= high; }

// Latin Extended-A alternates capital and small letter, the capital first,
// except in U+0139..U+0148 and U+0179..U+017E, where the pairs start on an
// odd code point; U+0130 (İ), U+0138 (ĸ), U+0149 (ŉ), U+0178 (Ÿ) and U+017F
// (ſ) stand outside the pairs.
char32_t latin_extended_a_lower(char32_t cp) {
  if (cp == 0x0130) return U'i';
  if (cp == 0x0178) return 0x00FF;
  const bool odd_pairs = in_range(cp, 0x0139, 0x0148) || in_range(cp, 0x0179, 0x017E);
  const bool even_pairs = in_range(cp, 0x0100, 0x0137) || in_range(cp, 0x014A, 0x0177);
  if (odd_pairs && cp % 2 == 1) return cp + 1;
  if (even_pairs && cp % 2 == 0) return cp + 1;
  return cp;
}

// The inverse of latin_extended_a_lower: the small letter of each pair is
// the one after its capital.
char32_t latin_extended_a_upper(char32_t cp) {
  if (cp == 0x0131) return U'I';  // dotless ı
  const bool odd_pairs = in_range(cp, 0x013A, 0x0148) || in_range(cp, 0x017A, 0x017E);
  const bool even_pairs = in_range(cp, 0x0101, 0x0137) || in_range(cp, 0x014B, 0x0177);
  if (odd_pairs && cp % 2 == 0) return cp - 1;
  if (even_pairs && cp % 2 == 1) return cp - 1;
  return cp;
}

}  // namespace

char32_t to_upper(char32_t cp) {
  if (in_range(cp, U'a', U'z')) return cp - 0x20;
  if (in_range(cp, 0x00E0, 0x00FE) && cp != 0x00F7) return cp - 0x20;  // à..þ except ÷
  if (cp == 0x00FF) return 0x0178;                                      // ÿ -> Ÿ
  if (in_range(cp, 0x0100, 0x017F)) return latin_extended_a_upper(cp);
  if (cp == 0x03C2) return 0x03A3;                                      // final ς -> Σ
  if (in_range(cp, 0x03B1, 0x03CB)) return cp - 0x20;                   // α..ϋ
  if (in_range(cp, 0x0430, 0x044F)) return cp - 0x20;                   // а..я
  if (in_range(cp, 0x0450, 0x045F)) return cp - 0x50;                   // ѐ..џ
  return cp;
}

char32_t to_lower(char32_t cp) {
  if (in_range(cp, U'A', U'Z')) return cp + 0x20;
  if (in_range(cp, 0x00C0, 0x00DE) && cp != 0x00D7) return cp + 0x20;  // À..Þ except ×
  if (in_range(cp, 0x0100, 0x017F)) return latin_extended_a_lower(cp);
  if (in_range(cp, 0x0391, 0x03AB) && cp != 0x03A2) return cp + 0x20;  // Α..Ϋ
  if (in_range(cp, 0x0400, 0x040F)) return cp + 0x50;                  // Ѐ..Џ
  if (in_range(cp, 0x0410, 0x042F)) return cp + 0x20;                  // А..Я
  return cp;
}

}  // namespace attnviz
