#pragma once

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

// Splits a sentence into lowercase words and punctuation. UTF-8 safe: never
// splits a multi-byte character and replaces invalid bytes with U+FFFD.
// Keeps French elisions as their own tokens ("l'homme" -> "l'", "homme").
class Tokenizer {
 public:
  std::vector<Token> tokenize(std::string_view sentence) const;
};

// Joins target tokens into readable text: "l' homme" -> "l'homme", no space
// before "." or ",", French spacing before "?" and "!".
std::string detokenize(const std::vector<std::string>& tokens);

}  // namespace attnviz
