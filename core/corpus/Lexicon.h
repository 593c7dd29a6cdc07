#pragma once
// The English -> French word list the corpus grammar draws from: each
// English word has exactly one French translation, so a source sentence
// determines its target and a model can learn the corpus exactly.
//
// "you" is always "vous" (English cannot tell tu from vous), so the tu
// forms below complete the paradigm but no generated sentence uses them.

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace attnviz {

enum class Gender { Masculine, Feminine };

// What a word agrees with: gender, number, and the grammatical person as an
// index into a present-tense paradigm (je, tu, il/elle, nous, vous, ils/elles).
struct Agreement {
  Gender gender = Gender::Masculine;
  bool plural = false;
  int person = 2;
};

// Semantic classes, so that verbs and adjectives meet nouns they suit
// ("eats bread", not "eats a bridge").
namespace kind {
inline constexpr unsigned kPerson = 1u << 0, kAnimal = 1u << 1, kFood = 1u << 2,
                          kDrink = 1u << 3, kObject = 1u << 4, kDocument = 1u << 5,
                          kPlace = 1u << 6, kVehicle = 1u << 7, kClothing = 1u << 8,
                          kPlant = 1u << 9, kFurniture = 1u << 10, kRoom = 1u << 11,
                          kBody = 1u << 12, kSong = 1u << 13, kOpenable = 1u << 14,
                          kContainer = 1u << 15;
inline constexpr unsigned kAnimate = kPerson | kAnimal;
inline constexpr unsigned kThing = kObject | kDocument | kVehicle | kClothing | kFurniture | kPlant;
inline constexpr unsigned kConcrete = kAnimate | kThing | kFood | kPlace | kRoom | kBody;
}  // namespace kind

struct Noun {
  std::string english, english_plural;  // plural empty: a mass noun ("bread")
  std::string french, french_plural;
  Gender gender = Gender::Masculine;
  unsigned kinds = 0;

  bool mass() const { return english_plural.empty(); }
  const std::string& english_form(bool plural) const { return plural ? english_plural : english; }
  const std::string& french_form(bool plural) const { return plural ? french_plural : french; }
};

struct Adjective {
  std::string english;
  std::array<std::string, 4> french;  // masculine, feminine; singular then plural
  std::string before_vowel;           // "bel", "vieil", "nouvel"; else empty
  bool before_noun = false;           // "une petite maison" vs "la voiture rouge"
  unsigned kinds = 0;                 // nouns it may describe

  // The form agreeing with `noun`; `vowel_next` when the next French word
  // starts with a vowel sound (selects "bel" over "beau").
  const std::string& form(const Agreement& noun, bool vowel_next) const;
};

enum class Frame {
  Intransitive,  // she sleeps
  Transitive,    // she eats bread; may drop the object if `object_optional`
  Motion,        // she goes to the market -> elle va au marché
  Ditransitive,  // she gives the book to the boy -> elle donne le livre au garçon
};

struct Verb {
  std::string base, third, past, participle;  // eat eats ate eaten
  std::string particle;                       // "wait for X" -> "attendre X": "for"
  std::array<std::string, 6> present;         // je tu il nous vous ils
  std::string french_participle;              // masculine singular
  bool etre = false;                          // passé composé with être
  Frame frame = Frame::Transitive;
  unsigned subject_kinds = kind::kPerson;
  unsigned object_kinds = 0;                  // direct object (or destination for Motion)
  bool object_optional = false;
  std::string english_preposition;            // Motion: "to"/"at"; Ditransitive: "to"
  std::string french_preposition;             // Motion: "à", or "dans" for "enter"

  // "mangé", "allée", "vus": the participle agreeing with `with`.
  std::string participle_form(const Agreement& with) const;
};

// Closed classes. Pronoun agreement carries the person index.
struct PersonalPronoun {
  std::string english_subject, english_object, english_possessive;
  std::string french_subject, french_object;
  std::array<std::string, 3> french_possessive;  // masculine, feminine, plural
  Agreement agreement;
};

// A fixed multi-word translation with its own links (source, target
// indexes within the phrase): "in front of" -> "devant", "near" -> "près de".
struct FixedPhrase {
  std::vector<std::string> english, french;
  std::vector<std::pair<int, int>> sure, possible;
};

struct Adverb {
  enum class Slot {
    Frequency,    // she often reads -> elle lit souvent
    Manner,       // at the end in both languages
    ShortManner,  // she ate well -> elle a bien mangé
    PastTime,     // yesterday: only with the past
    PresentTime,  // now, every day: only with the present
  };
  FixedPhrase words;
  Slot slot = Slot::Manner;
};

struct Preposition {
  FixedPhrase words;
  unsigned object_kinds = 0;
  bool locative = true;  // "is in the garden"; not "with", "for", "without"
};

struct NumberWord {
  std::string english;
  std::array<std::string, 2> french;  // masculine, feminine ("un", "une")
};

class Lexicon {
 public:
  // The one built-in English -> French lexicon.
  static const Lexicon& english_french();

  std::vector<Noun> nouns;
  std::vector<Adjective> adjectives;
  std::vector<Verb> verbs;
  std::vector<PersonalPronoun> pronouns;     // I you he she we they
  std::vector<Adverb> adverbs;
  std::vector<Preposition> prepositions;
  std::vector<NumberWord> numbers;           // one..twenty
  Verb be, have;                            // copula and auxiliaries

  // Every word form the lexicon can produce in each language, without
  // duplicates (the grammar adds a few function words: "the", "not", "qui").
  std::vector<std::string> english_words() const;
  std::vector<std::string> french_words() const;
};

// Lexicon parts, one file each (LexiconNouns.cpp, ...).
std::vector<Noun> english_french_nouns();
std::vector<Adjective> english_french_adjectives();
std::vector<Verb> english_french_verbs();
Verb english_french_be();
Verb english_french_have();
std::vector<PersonalPronoun> english_french_pronouns();
std::vector<Adverb> english_french_adverbs();
std::vector<Preposition> english_french_prepositions();
std::vector<NumberWord> english_french_numbers();

}  // namespace attnviz
