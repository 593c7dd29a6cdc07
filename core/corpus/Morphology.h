#pragma once
// Spelling rules the lexicon and the grammar share: regular plurals and
// feminines, and which words begin with a vowel sound (for "l'", "an").

#include <string>
#include <string_view>
#include <utility>

namespace attnviz {

std::string english_plural(std::string_view singular);  // box -> boxes, city -> cities
std::string french_plural(std::string_view singular);   // chat -> chats, gâteau -> gâteaux, cheval -> chevaux
std::string french_feminine(std::string_view masculine);  // grand -> grande, rouge -> rouge

// "man men" -> {man, men}; "cat" -> {cat, rule("cat")}.
std::pair<std::string, std::string> singular_plural(std::string_view spec,
                                                    std::string (*rule)(std::string_view));

// Whether a French word elides what precedes it: a vowel, or h (the
// lexicon has no aspirated h).
bool french_vowel_initial(std::string_view word);
// Whether an English word takes "an": a written vowel (the lexicon has no
// "university" or "hour").
bool english_vowel_initial(std::string_view word);

}  // namespace attnviz
