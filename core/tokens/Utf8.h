#pragma once
// UTF-8 <-> code points, for the tokenizer and the BLEU tokenizer. Decoding
// never fails: each ill-formed sequence (a stray continuation byte, a
// truncated sequence, an overlong form, a surrogate, a value past U+10FFFF)
// becomes one U+FFFD per "maximal subpart", as the Unicode standard
// recommends (chapter 3, "U+FFFD Substitution of Maximal Subparts").

#include <cstddef>
#include <string>
#include <string_view>

namespace attnviz {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

std::u32string decode_utf8(std::string_view bytes);
// The length of the well-formed sequence starting at bytes[at], or 0 when
// it is ill-formed, for checking untrusted text without decoding it.
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t at);
void append_utf8(std::string& out, char32_t code_point);
std::string encode_utf8(std::u32string_view code_points);

}  // namespace attnviz
