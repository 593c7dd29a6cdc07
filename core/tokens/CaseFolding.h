#pragma once

namespace attnviz {

// The lowercase form of a capital letter of the Latin (ASCII, Latin-1,
// Latin Extended-A), Greek and Cyrillic alphabets; every other code point
// is returned unchanged. A small explicit table rather than towlower(), so
// the result does not depend on which locales the machine has installed.
char32_t to_lower(char32_t cp);
// The capital of a small letter of the same alphabets (é -> É, œ -> Œ,
// ÿ -> Ÿ, final ς -> Σ); every other code point, ß included, is returned
// unchanged. to_lower(to_upper(c)) == c for every small letter the table
// knows except ς.
char32_t to_upper(char32_t cp);

}  // namespace attnviz
