#pragma once
// How the tokenizer sees a code point. Everything that is not a space, a
// control character or a listed punctuation mark counts as part of a word,
// so letters of any script, digits, combining marks, emoji (with their
// joiners and variation selectors) and U+FFFD stay inside tokens.

namespace attnviz {

// Unicode white space: exactly the code points Python's str.isspace()
// accepts, so that the BLEU tokenizer splits as sacreBLEU does.
bool is_space(char32_t cp);
// C0 and C1 controls other than white space, DEL, and the invisible zero-width
// space and byte-order mark that text pasted from the web carries. The
// tokenizer treats them as spaces.
bool is_control(char32_t cp);
// ASCII punctuation and symbols other than the apostrophe and the hyphen
// (which join words), plus common typographic marks: « » “ ” „ ‘ ‹ › … – — ¡ ¿ · •.
bool is_punctuation(char32_t cp);
// Combining marks of the common blocks and the variation selectors: they
// belong to the character before them, whatever it is.
bool is_combining_mark(char32_t cp);
bool is_ascii_digit(char32_t cp);
// The ASCII apostrophe and its typographic forms (’ U+2019, ʼ U+02BC), which
// the tokenizer normalises to '.
bool is_apostrophe(char32_t cp);

}  // namespace attnviz
