// Pronouns, adverbs, prepositions and numbers.

#include "corpus/Lexicon.h"

namespace attnviz {
namespace {

using namespace kind;
constexpr Gender M = Gender::Masculine, F = Gender::Feminine;

FixedPhrase one_to_one(const char* english, const char* french) { return {{english}, {french}, {{0, 0}}, {}}; }

Adverb adverb(const char* english, const char* french, Adverb::Slot slot) { return {one_to_one(english, french), slot}; }

Preposition preposition(const char* english, const char* french, unsigned kinds, bool locative = true) {
  return {one_to_one(english, french), kinds, locative};
}

}  // namespace

std::vector<PersonalPronoun> english_french_pronouns() {
  return {{"i", "me", "my", "je", "me", {"mon", "ma", "mes"}, {M, false, 0}},
          {"you", "you", "your", "vous", "vous", {"votre", "votre", "vos"}, {M, true, 4}},
          {"he", "him", "his", "il", "le", {"son", "sa", "ses"}, {M, false, 2}},
          {"she", "her", "her", "elle", "la", {"son", "sa", "ses"}, {F, false, 2}},
          {"we", "us", "our", "nous", "nous", {"notre", "notre", "nos"}, {M, true, 3}},
          {"they", "them", "their", "ils", "les", {"leur", "leur", "leurs"}, {M, true, 5}}};
}

std::vector<Adverb> english_french_adverbs() {
  using Slot = Adverb::Slot;
  return {adverb("often", "souvent", Slot::Frequency), adverb("always", "toujours", Slot::Frequency),
          adverb("sometimes", "parfois", Slot::Frequency), adverb("rarely", "rarement", Slot::Frequency),
          adverb("usually", "généralement", Slot::Frequency), adverb("slowly", "lentement", Slot::Manner),
          adverb("quickly", "rapidement", Slot::Manner), adverb("carefully", "soigneusement", Slot::Manner),
          adverb("happily", "joyeusement", Slot::Manner), adverb("together", "ensemble", Slot::Manner),
          adverb("quietly", "tranquillement", Slot::Manner), adverb("here", "ici", Slot::Manner),
          adverb("there", "là", Slot::Manner), adverb("outside", "dehors", Slot::Manner),
          adverb("early", "tôt", Slot::Manner), adverb("late", "tard", Slot::Manner),
          adverb("well", "bien", Slot::ShortManner), adverb("badly", "mal", Slot::ShortManner),
          adverb("yesterday", "hier", Slot::PastTime), adverb("now", "maintenant", Slot::PresentTime),
          adverb("today", "aujourd'hui", Slot::PresentTime), adverb("really", "vraiment", Slot::Frequency),
          {{{"every", "day"}, {"tous", "les", "jours"}, {{0, 0}, {1, 2}}, {{0, 1}}}, Slot::PresentTime},
          {{{"last", "night"}, {"hier", "soir"}, {{0, 0}, {1, 1}}, {}}, Slot::PastTime}};
}

std::vector<Preposition> english_french_prepositions() {
  return {preposition("in", "dans", kPlace | kRoom | kVehicle | kContainer),
          preposition("on", "sur", kFurniture), preposition("under", "sous", kFurniture | kPlant),
          preposition("behind", "derrière", kFurniture | kPlace | kPlant | kVehicle),
          {{{"in", "front", "of"}, {"devant"}, {{0, 0}, {1, 0}, {2, 0}}, {}}, kFurniture | kPlace | kPlant | kVehicle, true},
          {{{"near"}, {"près", "de"}, {{0, 0}}, {{0, 1}}}, kPlace | kPlant | kFurniture, true},
          {{{"above"}, {"au-dessus", "de"}, {{0, 0}}, {{0, 1}}}, kFurniture, true},
          preposition("at", "à", kPlace), preposition("with", "avec", kAnimate, false),
          preposition("for", "pour", kPerson, false), preposition("without", "sans", kAnimate, false)};
}

std::vector<NumberWord> english_french_numbers() {
  return {{"one", {"un", "une"}},          {"two", {"deux", "deux"}},
          {"three", {"trois", "trois"}},   {"four", {"quatre", "quatre"}},
          {"five", {"cinq", "cinq"}},      {"six", {"six", "six"}},
          {"seven", {"sept", "sept"}},     {"eight", {"huit", "huit"}},
          {"nine", {"neuf", "neuf"}},      {"ten", {"dix", "dix"}},
          {"eleven", {"onze", "onze"}},    {"twelve", {"douze", "douze"}},
          {"thirteen", {"treize", "treize"}}, {"fourteen", {"quatorze", "quatorze"}},
          {"fifteen", {"quinze", "quinze"}},  {"sixteen", {"seize", "seize"}},
          {"seventeen", {"dix-sept", "dix-sept"}}, {"eighteen", {"dix-huit", "dix-huit"}},
          {"nineteen", {"dix-neuf", "dix-neuf"}},  {"twenty", {"vingt", "vingt"}}};
}

}  // namespace attnviz
