#include "tokens/Utf8.h"

namespace attnviz {
namespace {

struct LeadByte {
  int length;                   // bytes in the whole sequence; 0 = invalid lead
  unsigned char second_low;     // the allowed range of the second byte, which
  unsigned char second_high;    // rules out overlongs, surrogates and > U+10FFFF
  char32_t payload;             // the lead's own bits
};

LeadByte classify_lead(unsigned char b) {
  if (b < 0x80) return {1, 0, 0, b};
  if (b >= 0xC2 && b <= 0xDF) return {2, 0x80, 0xBF, char32_t(b & 0x1F)};
  if (b == 0xE0) return {3, 0xA0, 0xBF, 0};
  if (b == 0xED) return {3, 0x80, 0x9F, 0xD};
  if (b >= 0xE1 && b <= 0xEF) return {3, 0x80, 0xBF, char32_t(b & 0x0F)};
  if (b == 0xF0) return {4, 0x90, 0xBF, 0};
  if (b >= 0xF1 && b <= 0xF3) return {4, 0x80, 0xBF, char32_t(b & 0x07)};
  if (b == 0xF4) return {4, 0x80, 0x8F, 4};
  return {0, 0, 0, 0};
}

// Whether `b` may be byte `i` (1 = the one after the lead) of the sequence.
bool continues(const LeadByte& lead, int i, unsigned char b) {
  const unsigned char low = i == 1 ? lead.second_low : 0x80;
  const unsigned char high = i == 1 ? lead.second_high : 0xBF;
  return b >= low && b <= high;
}

// Decodes the sequence starting at `pos`, advancing `pos` past it. An
// ill-formed sequence advances only past its valid prefix (at least one
// byte), so the byte that broke it starts the next sequence.
char32_t decode_one(std::string_view bytes, size_t& pos) {
  const LeadByte lead = classify_lead(static_cast<unsigned char>(bytes[pos++]));
  if (lead.length == 0) return kReplacementCharacter;
  char32_t value = lead.payload;
  for (int i = 1; i < lead.length; ++i) {
    if (pos >= bytes.size()) return kReplacementCharacter;
    const auto b = static_cast<unsigned char>(bytes[pos]);
    if (!continues(lead, i, b)) return kReplacementCharacter;
    value = (value << 6) | (b & 0x3F);
    ++pos;
  }
  return value;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view bytes, std::size_t at) {
  const LeadByte lead = classify_lead(static_cast<unsigned char>(bytes[at]));
  if (lead.length == 0 || at + lead.length > bytes.size()) return 0;
  for (int i = 1; i < lead.length; ++i) {
    if (!continues(lead, i, static_cast<unsigned char>(bytes[at + i]))) return 0;
  }
  return static_cast<std::size_t>(lead.length);
}

std::u32string decode_utf8(std::string_view bytes) {
  std::u32string out;
  out.reserve(bytes.size());
  size_t pos = 0;
  while (pos < bytes.size()) out.push_back(decode_one(bytes, pos));
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string encode_utf8(std::u32string_view code_points) {
  std::string out;
  out.reserve(code_points.size());
  for (char32_t cp : code_points) append_utf8(out, cp);
  return out;
}

}  // namespace attnviz
