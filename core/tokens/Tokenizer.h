#pragma once
// Text -> tokens for the models, and tokens -> text for people.
//
// Basic usage:
//   std::vector<attnviz::Token> t = attnviz::Tokenizer().tokenize("L'homme n'est pas là.");
//   // texts: "l'" "homme" "n'" "est" "pas" "là" "."
//   attnviz::detokenize({"l'", "homme", "est", "là", "."});  // "L'homme est là."
//   attnviz::detokenize({"où", "est", "le", "chat", "?"}, attnviz::kPlainStyle);
//                                                     // "Où est le chat?"
//
// The rules, in the order they apply:
//  1. Bytes are decoded as UTF-8; every ill-formed sequence (stray or
//     missing continuation byte, overlong form, surrogate, > U+10FFFF)
//     becomes one U+FFFD, which then counts as a letter. No token ever
//     holds part of a multi-byte character.
//  2. White space (Unicode's, incl. no-break spaces), NUL and other control
//     characters, the zero-width space and the byte-order mark separate
//     tokens and never appear in one.
//  3. A word is a run of word characters: anything that is not a space,
//     control or punctuation mark, so letters of every script, digits,
//     combining marks, emoji, Hebrew and Arabic stay whole. Inside a word
//     (a word character on both sides) these join it too: the hyphen
//     ("est-il", "vingt-deux"), the apostrophe, and "." or "," between two
//     digits ("3.14", "1,000", "3,5").
//  4. Every other punctuation mark is a token of its own: ASCII ones and
//     « » “ ” „ ‘ ‚ ‹ › … – — ¡ ¿ · •, with any combining marks that follow
//     it. A hyphen or apostrophe that does not sit inside a word is also a
//     token of its own ("-", "'"). The double quotes « » “ ” „ all read as
//     the ASCII '"', so a model sees one quote symbol however it was typed.
//  5. Apostrophes: ’ (U+2019) and ʼ (U+02BC) are read as '. A word with an
//     apostrophe is split, repeatedly, by the first rule that matches:
//     - it is "n't": kept whole;
//     - English negation: "don't" -> "do" "n't", "can't" -> "ca" "n't";
//     - French elision: the part up to the first apostrophe is one of l' d'
//       j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' -> it becomes a token
//       and the rest is split again ("qu'il" -> "qu'" "il",
//       "jusqu'à" -> "jusqu'" "à");
//     - English clitic: the part from the last apostrophe is 's 're 've 'll
//       'd or 'm -> "sister's" -> "sister" "'s", "i'm" -> "i" "'m";
//     - otherwise the word stays whole ("aujourd'hui", "o'clock").
//     An elision just before a space ("l' homme") and a clitic just after
//     one ("sister 's") are tokens too.
//  6. Token text is lowercased (Latin incl. accented capitals such as É À Ç
//     Œ, Greek, Cyrillic); `surface` keeps the original spelling, with ’,
//     typographic quotes and invalid bytes (as U+FFFD) as typed.
//
// Typed text and corpus text give the same tokens: "The dog eats the
// bread." and "the dog eats the bread ." both give "the" "dog" "eats" "the"
// "bread" ".", and "Where is the cat ?" the same as "Where is the cat?".
//
// Round trip: for a list of lowercase tokens each of which is a single
// token by these rules (a word, an elision like "l'", a clitic like "'s" or
// "n't", or one punctuation mark), tokenize(join_tokens(list)) gives the
// list back. A word never starts or ends with a hyphen ("-il" is two tokens).
// (« » “ ” „ are not such tokens: they come back as '"'.)

#include <string>
#include <string_view>
#include <vector>

namespace attnviz {

// A token as the model sees it (`text`, lowercased) and as the user typed it
// (`surface`), so the UI can show the original and flag unknown words.
struct Token {
  std::string text;
  std::string surface;
};

// Splits a sentence into lowercase words and punctuation by the rules above.
class Tokenizer {
 public:
  std::vector<Token> tokenize(std::string_view sentence) const;
};

// How detokenize() writes a sentence. The default is French as it is
// written: "Où est-il ?".
struct DetokenizeStyle {
  // One space before "?" "!" ";" ":" as French typography wants ("où est-il
  // ?" -> "Où est-il ?"); false glues them to the word before, as English
  // does ("Où est-il?").
  bool french_spacing = true;
  // A capital on the first letter of the text and of every sentence in it
  // (after "." "?" "!" "…"), whatever the tokens before it ("l' homme" ->
  // "L'homme", "« oui" -> "« Oui", "école" -> "École", "œuf" -> "Œuf",
  // "oui . il dort" -> "Oui. Il dort"); only the first letter changes
  // ("aujourd'hui" -> "Aujourd'hui"). A text that starts with a digit stays
  // as it is.
  bool capitalise = true;
};

// French as written, for people: capital and French spacing.
inline constexpr DetokenizeStyle kFrenchStyle{};
// The CLI's --plain: capital, but no space before "?" "!" ";" ":".
inline constexpr DetokenizeStyle kPlainStyle{false, true};
// The lowercase corpus form with French spacing, as the detokenizer wrote it
// before the style existed: what BLEU scores are computed on.
inline constexpr DetokenizeStyle kLowercaseStyle{true, false};

// Joins target tokens into readable text: "l' homme" -> "l'homme", no space
// before "." or "," (nor before ")" "]" "}" "…"), none after "(" "[" "{" "¡"
// "¿", spacing before "?" "!" ";" ":" per the style, and English clitics
// glued to their word ("sister 's" -> "sister's", "do n't" -> "don't").
// Everything else is separated by one space. Then the first letter of each
// sentence is capitalised per the style.
std::string detokenize(const std::vector<std::string>& tokens, DetokenizeStyle style = {});

// The tokens separated by single spaces: the text that tokenizes back into
// exactly these tokens (see "Round trip" above), used to feed a corpus
// sentence to a model.
std::string join_tokens(const std::vector<std::string>& tokens);

}  // namespace attnviz
