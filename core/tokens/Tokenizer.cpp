#include "tokens/Tokenizer.h"

#include "tokens/CaseFolding.h"
#include "tokens/CharacterClass.h"
#include "tokens/Clitics.h"
#include "tokens/Utf8.h"

#include <utility>

namespace attnviz {
namespace {

enum class Kind { Space, Word, Apostrophe, Hyphen, Punctuation };

struct Character {
  char32_t original;  // as typed (invalid bytes already U+FFFD)
  char32_t normal;    // lowercased, apostrophes as '
  Kind kind;
};

Kind kind_of(char32_t cp) {
  if (is_space(cp) || is_control(cp)) return Kind::Space;
  if (is_apostrophe(cp)) return Kind::Apostrophe;
  if (cp == U'-') return Kind::Hyphen;
  if (is_punctuation(cp)) return Kind::Punctuation;
  return Kind::Word;
}

// « » “ ” „: the double quotes that read as the ASCII '"'.
bool is_double_quote(char32_t cp) {
  return cp == 0x00AB || cp == 0x00BB || cp == 0x201C || cp == 0x201D || cp == 0x201E;
}

char32_t normal_form(char32_t cp) {
  if (is_apostrophe(cp)) return U'\'';
  if (is_double_quote(cp)) return U'"';
  return to_lower(cp);
}

std::vector<Character> characters_of(std::string_view sentence) {
  std::vector<Character> characters;
  for (char32_t cp : decode_utf8(sentence)) {
    const char32_t normal = normal_form(cp);
    characters.push_back({cp, normal, kind_of(cp)});
  }
  return characters;
}

// One pass over the characters of a sentence, emitting tokens as the rules
// in Tokenizer.h say. Positions are indexes into the characters.
class Splitter {
 public:
  explicit Splitter(std::vector<Character> characters) : chars_(std::move(characters)) {}

  std::vector<Token> run() {
    size_t i = 0;
    while (i < chars_.size()) i = kind(i) == Kind::Space ? i + 1 : next_token(i);
    return std::move(tokens_);
  }

 private:
  Kind kind(size_t i) const { return i < chars_.size() ? chars_[i].kind : Kind::Space; }
  bool is_word(size_t i) const { return kind(i) == Kind::Word; }

  // Emits the token(s) starting at `begin` and returns where they end.
  size_t next_token(size_t begin) {
    size_t end = leading_clitic_end(begin);
    if (end > begin) {
      emit(begin, end);
    } else if (is_word(begin)) {
      end = word_end(begin);
      split_word(begin, end);
    } else {
      end = marks_end(begin + 1);
      emit(begin, end);
    }
    return end;
  }

  // "'s" in "sister 's": an apostrophe opening an English clitic that is
  // not followed by more of a word. Returns `begin` when there is none.
  size_t leading_clitic_end(size_t begin) const {
    if (kind(begin) != Kind::Apostrophe) return begin;
    size_t end = begin + 1;
    while (is_word(end)) ++end;
    const bool whole = kind(end) == Kind::Space || kind(end) == Kind::Punctuation;
    return whole && is_english_clitic(text(begin, end)) ? end : begin;
  }

  size_t word_end(size_t begin) const {
    size_t end = begin;
    while (is_word(end) || joins_word(end)) ++end;
    if (kind(end) == Kind::Apostrophe && is_french_elision(text(begin, end + 1))) ++end;
    return end;
  }

  // A hyphen, apostrophe, or digit separator with word characters (digits
  // for the separator) on both sides.
  bool joins_word(size_t i) const {
    if (i == 0 || !is_word(i - 1) || !is_word(i + 1)) return false;
    if (kind(i) == Kind::Apostrophe || kind(i) == Kind::Hyphen) return true;
    const char32_t c = chars_[i].normal;
    return (c == U'.' || c == U',') && is_ascii_digit(chars_[i - 1].normal) &&
           is_ascii_digit(chars_[i + 1].normal);
  }

  size_t marks_end(size_t i) const {
    while (i < chars_.size() && is_combining_mark(chars_[i].original)) ++i;
    return i;
  }

  // Rule 5 of Tokenizer.h, applied to the word [begin, end).
  void split_word(size_t begin, size_t end) {
    const size_t first = find_apostrophe(begin, end);
    const std::string whole = text(begin, end);
    if (first == end || whole == "n't") return emit(begin, end);
    if (whole.ends_with("n't")) {
      split_word(begin, end - 3);
      return emit(end - 3, end);
    }
    if (is_french_elision(text(begin, first + 1))) {
      emit(begin, first + 1);
      if (first + 1 < end) split_word(first + 1, end);
      return;
    }
    const size_t last = rfind_apostrophe(begin, end);
    if (is_english_clitic(text(last, end))) {
      split_word(begin, last);
      return emit(last, end);
    }
    emit(begin, end);
  }

  size_t find_apostrophe(size_t begin, size_t end) const {
    while (begin < end && kind(begin) != Kind::Apostrophe) ++begin;
    return begin;
  }

  size_t rfind_apostrophe(size_t begin, size_t end) const {
    while (end > begin && kind(end - 1) != Kind::Apostrophe) --end;
    return end - 1;
  }

  std::string text(size_t begin, size_t end) const {
    std::string out;
    for (size_t i = begin; i < end; ++i) append_utf8(out, chars_[i].normal);
    return out;
  }

  std::string surface(size_t begin, size_t end) const {
    std::string out;
    for (size_t i = begin; i < end; ++i) append_utf8(out, chars_[i].original);
    return out;
  }

  void emit(size_t begin, size_t end) { tokens_.push_back({text(begin, end), surface(begin, end)}); }

  std::vector<Character> chars_;
  std::vector<Token> tokens_;
};

}  // namespace

std::vector<Token> Tokenizer::tokenize(std::string_view sentence) const {
  return Splitter(characters_of(sentence)).run();
}

}  // namespace attnviz
