#pragma once

namespace attnviz {

// The lowercase form of a capital letter of the Latin (ASCII, Latin-1,
// Latin Extended-A), Greek and Cyrillic alphabets; every other code point
// is returned unchanged. A small explicit table rather than towlower(), so
// the result does not depend on which locales the machine has installed.
char32_t to_lower(char32_t cp);

}  // namespace attnviz
