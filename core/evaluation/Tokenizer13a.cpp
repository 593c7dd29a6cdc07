#include "evaluation/Tokenizer13a.h"

#include "tokens/CharacterClass.h"
#include "tokens/Utf8.h"

#include <utility>

namespace attnviz {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_period_or_comma(char c) { return c == '.' || c == ','; }

// The characters of sacreBLEU's first regular expression,
// [\{-\~\[-\`\ -\&\(-\+\:-\@\/].
bool is_spaced_symbol(char c) {
  return (c >= '{' && c <= '~') || (c >= '[' && c <= '`') || (c >= ' ' && c <= '&') ||
         (c >= '(' && c <= '+') || (c >= ':' && c <= '@') || c == '/';
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size())) {
    text.replace(pos, from.size(), to);
  }
}

// Python's str.rstrip(), which sacreBLEU applies before tokenizing.
std::u32string without_trailing_space(std::u32string text) {
  while (!text.empty() && is_space(text.back())) text.pop_back();
  return text;
}

std::string language_independent_part(std::string_view line) {
  std::string text = encode_utf8(without_trailing_space(decode_utf8(line)));
  for (const auto& [from, to] : {std::pair{"<skipped>", ""}, {"-\n", ""}, {"\n", " "},
                                 {"&quot;", "\""}, {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}}) {
    replace_all(text, from, to);
  }
  return " " + text + " ";
}

std::string space_symbols(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (is_spaced_symbol(c)) {
      out += ' ';
      out += c;
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

// Applies a two-character rule the way Python's re.sub scans: left to
// right, and a match consumes both characters. `rewrite` returns the
// replacement of a matching pair, or "" when the pair does not match.
template <typename Rewrite>
std::string rewrite_pairs(const std::string& text, Rewrite rewrite) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const std::string replacement = i + 1 < text.size() ? rewrite(text[i], text[i + 1]) : "";
    if (replacement.empty()) {
      out += text[i++];
    } else {
      out += replacement;
      i += 2;
    }
  }
  return out;
}

// Byte by byte, like sacreBLEU's code points: a multi-byte character is
// never a digit, "." or "," nor any part of one, so the result is the same.
std::string split_punctuation(const std::string& text) {
  std::string out = rewrite_pairs(text, [](char a, char b) {
    return !is_digit(a) && is_period_or_comma(b) ? std::string{a, ' ', b, ' '} : std::string();
  });
  out = rewrite_pairs(out, [](char a, char b) {
    return is_period_or_comma(a) && !is_digit(b) ? std::string{' ', a, ' ', b} : std::string();
  });
  return rewrite_pairs(out, [](char a, char b) {
    return is_digit(a) && b == '-' ? std::string{a, ' ', b, ' '} : std::string();
  });
}

std::vector<std::string> split_on_space(const std::string& text) {
  std::vector<std::string> words;
  std::u32string word;
  for (char32_t cp : decode_utf8(text) + U' ') {
    if (!is_space(cp)) {
      word += cp;
    } else if (!word.empty()) {
      words.push_back(encode_utf8(word));
      word.clear();
    }
  }
  return words;
}

}  // namespace

std::vector<std::string> tokenize_13a(std::string_view line) {
  return split_on_space(split_punctuation(space_symbols(language_independent_part(line))));
}

}  // namespace attnviz
