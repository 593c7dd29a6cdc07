#pragma once
// The classes of the document corpus and the words that signal each: the
// nouns of one semantic class of the lexicon (Lexicon.h, `kind`), singular
// and plural. A noun that belongs to two of these classes signals none, so
// that every class word points to exactly one class.

#include "corpus/Lexicon.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace attnviz {

struct DocumentClass {
  std::string name;  // "food", as files and the CLI write it
  unsigned kinds;    // the lexicon's semantic classes whose nouns signal it
};

// food, animals, reading, clothing, travel: in this order, index = label.
const std::vector<DocumentClass>& document_classes();
// The name of label `label`; throws std::out_of_range for no such label.
const std::string& document_class_name(int label);
// The label of a class name; std::nullopt when there is no such class.
std::optional<int> document_class_index(std::string_view name);

class ClassWords {
 public:
  explicit ClassWords(const Lexicon& lexicon);
  // The class a token signals, or std::nullopt for any other token.
  std::optional<int> class_of(const std::string& token) const;

 private:
  std::unordered_map<std::string, int> classes_;
};

}  // namespace attnviz
