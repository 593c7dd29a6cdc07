#include "corpus/Lexicon.h"

#include <set>

namespace attnviz {
namespace {

int form_index(const Agreement& agreement) {
  return (agreement.gender == Gender::Feminine ? 1 : 0) + (agreement.plural ? 2 : 0);
}

Lexicon build_english_french() {
  Lexicon lexicon;
  lexicon.nouns = english_french_nouns();
  lexicon.adjectives = english_french_adjectives();
  lexicon.verbs = english_french_verbs();
  lexicon.pronouns = english_french_pronouns();
  lexicon.adverbs = english_french_adverbs();
  lexicon.prepositions = english_french_prepositions();
  lexicon.numbers = english_french_numbers();
  lexicon.be = english_french_be();
  lexicon.have = english_french_have();
  return lexicon;
}

void add_verb(std::set<std::string>& words, const Verb& verb) {
  words.insert({verb.base, verb.third, verb.past, verb.participle});
  if (!verb.particle.empty()) words.insert(verb.particle);
  if (!verb.english_preposition.empty()) words.insert(verb.english_preposition);
}

void add_closed_classes(std::set<std::string>& words, const Lexicon& lexicon) {
  for (const PersonalPronoun& p : lexicon.pronouns) {
    words.insert({p.english_subject, p.english_object, p.english_possessive});
  }
  for (const Adverb& a : lexicon.adverbs) words.insert(a.words.english.begin(), a.words.english.end());
  for (const Preposition& p : lexicon.prepositions) words.insert(p.words.english.begin(), p.words.english.end());
  for (const NumberWord& n : lexicon.numbers) words.insert(n.english);
}

void add_french_verb(std::set<std::string>& words, const Verb& verb) {
  words.insert(verb.present.begin(), verb.present.end());
  for (bool feminine : {false, true}) {
    for (bool plural : {false, true}) {
      words.insert(verb.participle_form({feminine ? Gender::Feminine : Gender::Masculine, plural, 2}));
    }
  }
  words.insert(verb.french_preposition);
}

void add_french_closed_classes(std::set<std::string>& words, const Lexicon& lexicon) {
  for (const PersonalPronoun& p : lexicon.pronouns) {
    words.insert({p.french_subject, p.french_object});
    words.insert(p.french_possessive.begin(), p.french_possessive.end());
  }
  for (const Adverb& a : lexicon.adverbs) words.insert(a.words.french.begin(), a.words.french.end());
  for (const Preposition& p : lexicon.prepositions) words.insert(p.words.french.begin(), p.words.french.end());
  for (const NumberWord& n : lexicon.numbers) words.insert(n.french.begin(), n.french.end());
}

}  // namespace

const std::string& Adjective::form(const Agreement& noun, bool vowel_next) const {
  const bool masculine_singular = noun.gender == Gender::Masculine && !noun.plural;
  if (masculine_singular && vowel_next && !before_vowel.empty()) return before_vowel;
  return french[static_cast<size_t>(form_index(noun))];
}

std::string Verb::participle_form(const Agreement& with) const {
  const std::string& ms = french_participle;
  switch (form_index(with)) {
    case 1: return ms + "e";
    case 2: return ms.ends_with("s") ? ms : ms + "s";
    case 3: return ms + "es";
    default: return ms;
  }
}

const Lexicon& Lexicon::english_french() {
  static const Lexicon lexicon = build_english_french();
  return lexicon;
}

std::vector<std::string> Lexicon::english_words() const {
  std::set<std::string> words;
  for (const Noun& n : nouns) words.insert({n.english, n.english_plural});
  for (const Adjective& a : adjectives) words.insert(a.english);
  for (const Verb& v : verbs) add_verb(words, v);
  add_verb(words, be);
  add_closed_classes(words, *this);
  words.erase("");
  return {words.begin(), words.end()};
}

std::vector<std::string> Lexicon::french_words() const {
  std::set<std::string> words;
  for (const Noun& n : nouns) words.insert({n.french, n.french_plural});
  for (const Adjective& a : adjectives) {
    words.insert(a.french.begin(), a.french.end());
    words.insert(a.before_vowel);
  }
  for (const Verb& v : verbs) add_french_verb(words, v);
  add_french_verb(words, be);
  add_french_closed_classes(words, *this);
  words.erase("");
  return {words.begin(), words.end()};
}

}  // namespace attnviz
