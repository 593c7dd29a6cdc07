#include "corpus/DocumentClasses.h"

namespace attnviz {
namespace {

// The class a noun signals, or -1 when it signals none or two.
int signalled_class(const Noun& noun) {
  int found = -1;
  const auto& classes = document_classes();
  for (size_t c = 0; c < classes.size(); ++c) {
    if ((noun.kinds & classes[c].kinds) == 0) continue;
    if (found >= 0) return -1;
    found = static_cast<int>(c);
  }
  return found;
}

}  // namespace

const std::vector<DocumentClass>& document_classes() {
  static const std::vector<DocumentClass> classes = {
      {"food", kind::kFood | kind::kDrink}, {"animals", kind::kAnimal}, {"reading", kind::kDocument},
      {"clothing", kind::kClothing},        {"travel", kind::kVehicle}};
  return classes;
}

const std::string& document_class_name(int label) {
  return document_classes().at(static_cast<size_t>(label)).name;
}

std::optional<int> document_class_index(std::string_view name) {
  const auto& classes = document_classes();
  for (size_t c = 0; c < classes.size(); ++c) {
    if (classes[c].name == name) return static_cast<int>(c);
  }
  return std::nullopt;
}

ClassWords::ClassWords(const Lexicon& lexicon) {
  for (const Noun& noun : lexicon.nouns) {
    const int label = signalled_class(noun);
    if (label < 0) continue;
    classes_[noun.english] = label;
    if (!noun.mass()) classes_[noun.english_plural] = label;
  }
}

std::optional<int> ClassWords::class_of(const std::string& token) const {
  const auto found = classes_.find(token);
  if (found == classes_.end()) return std::nullopt;
  return found->second;
}

}  // namespace attnviz
