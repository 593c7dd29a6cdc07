// The adjectives: English, French "masculine [feminine [masculine plural]]"
// (the rest by rule), and where French puts them. The handful before the
// noun are the common BAGS ones (beauty, age, goodness, size); the others
// follow it, so the corpus has crossing and straight alignments side by side.

#include "corpus/Lexicon.h"
#include "corpus/Morphology.h"

#include <sstream>

namespace attnviz {
namespace {

using namespace kind;
constexpr bool kBefore = true, kAfter = false;
constexpr unsigned kSized = kAnimate | kThing | kPlace | kFood | kBody;
constexpr unsigned kColoured = kAnimal | kThing | kFood | kPlace;
constexpr unsigned kMade = kThing | kPlace | kRoom;

Adjective adjective(const char* english, const char* french, bool before, unsigned kinds,
                    const char* before_vowel = "") {
  std::istringstream in(french);
  std::string ms, fs, mp;
  in >> ms >> fs >> mp;
  if (fs.empty()) fs = french_feminine(ms);
  if (mp.empty()) mp = french_plural(ms);
  return {english, {ms, fs, mp, fs + "s"}, before_vowel, before, kinds};
}

}  // namespace

std::vector<Adjective> english_french_adjectives() {
  return {adjective("small", "petit", kBefore, kSized), adjective("big", "grand", kBefore, kSized),
          adjective("large", "gros grosse gros", kBefore, kSized),
          adjective("good", "bon bonne", kBefore, kAnimate | kFood | kThing | kSong),
          adjective("bad", "mauvais mauvaise mauvais", kBefore, kAnimate | kFood | kSong | kThing),
          adjective("beautiful", "beau belle beaux", kBefore, kConcrete | kSong, "bel"),
          adjective("pretty", "joli", kBefore, kConcrete), adjective("old", "vieux vieille vieux", kBefore, kAnimate | kMade, "vieil"),
          adjective("young", "jeune", kBefore, kAnimate | kPlant),
          adjective("new", "nouveau nouvelle nouveaux", kBefore, kPerson | kMade | kSong, "nouvel"),
          adjective("long", "long longue", kBefore, kDocument | kSong | kClothing | kPlace | kObject),
          adjective("red", "rouge", kAfter, kColoured), adjective("blue", "bleu bleue bleus", kAfter, kColoured),
          adjective("green", "vert", kAfter, kColoured), adjective("yellow", "jaune", kAfter, kColoured),
          adjective("black", "noir", kAfter, kColoured), adjective("white", "blanc blanche", kAfter, kColoured),
          adjective("grey", "gris grise gris", kAfter, kColoured), adjective("brown", "brun", kAfter, kColoured),
          adjective("pink", "rose", kAfter, kColoured), adjective("purple", "violet violette", kAfter, kColoured),
          adjective("happy", "heureux heureuse heureux", kAfter, kAnimate), adjective("sad", "triste", kAfter, kAnimate | kSong),
          adjective("tired", "fatigué", kAfter, kAnimate), adjective("angry", "fâché", kAfter, kAnimate),
          adjective("sick", "malade", kAfter, kAnimate | kPlant), adjective("clever", "intelligent", kAfter, kAnimate),
          adjective("funny", "drôle", kAfter, kAnimate | kSong | kDocument), adjective("quiet", "calme", kAfter, kAnimate | kPlace),
          adjective("noisy", "bruyant", kAfter, kAnimate | kPlace | kVehicle), adjective("rich", "riche", kAfter, kPerson | kPlace),
          adjective("poor", "pauvre", kAfter, kPerson | kPlace), adjective("famous", "célèbre", kAfter, kPerson | kPlace | kSong | kDocument),
          adjective("strong", "fort", kAfter, kAnimate | kDrink), adjective("weak", "faible", kAfter, kAnimate),
          adjective("hot", "chaud", kAfter, kFood | kDrink | kPlace), adjective("cold", "froid", kAfter, kFood | kDrink | kPlace | kBody),
          adjective("heavy", "lourd", kAfter, kThing | kAnimal), adjective("light", "léger légère", kAfter, kThing | kFood),
          adjective("empty", "vide", kAfter, kContainer | kPlace | kRoom), adjective("full", "plein", kAfter, kContainer | kPlace | kRoom),
          adjective("fast", "rapide", kAfter, kAnimate | kVehicle), adjective("slow", "lent", kAfter, kAnimate | kVehicle),
          adjective("expensive", "cher chère", kAfter, kThing | kFood | kDrink | kPlace),
          adjective("clean", "propre", kAfter, kThing | kPlace | kRoom | kBody), adjective("dirty", "sale", kAfter, kThing | kPlace | kRoom | kBody),
          adjective("wet", "mouillé", kAfter, kAnimate | kThing | kBody), adjective("dry", "sec sèche", kAfter, kThing | kFood | kPlant),
          adjective("sweet", "sucré", kAfter, kFood | kDrink), adjective("fresh", "frais fraîche frais", kAfter, kFood | kDrink),
          adjective("round", "rond", kAfter, kObject | kFurniture | kFood), adjective("modern", "moderne", kAfter, kMade),
          adjective("broken", "cassé", kAfter, kObject | kVehicle | kFurniture | kOpenable), adjective("dark", "sombre", kAfter, kPlace | kRoom),
          adjective("soft", "doux douce doux", kAfter, kClothing | kFurniture | kFood | kSong),
          adjective("hard", "dur", kAfter, kObject | kFood | kFurniture), adjective("delicious", "délicieux délicieuse délicieux", kAfter, kFood | kDrink),
          adjective("polite", "poli", kAfter, kPerson), adjective("lazy", "paresseux paresseuse paresseux", kAfter, kAnimate),
          adjective("brave", "courageux courageuse courageux", kAfter, kAnimate), adjective("shy", "timide", kAfter, kAnimate),
          adjective("busy", "occupé", kAfter, kPerson | kPlace),
          // Everyday words from docs/everyday-words.md.
          adjective("little", "petit", kBefore, kSized),
          adjective("short", "court", kBefore, kDocument | kSong | kClothing | kPlace),
          adjective("tall", "grand", kBefore, kPerson | kPlant | kPlace),
          adjective("fat", "gros grosse gros", kBefore, kAnimate),
          adjective("ready", "prêt", kAfter, kPerson | kFood), adjective("true", "vrai", kAfter, kDocument),
          adjective("simple", "simple", kAfter, kDocument | kSong),
          adjective("warm", "chaud", kAfter, kFood | kDrink | kPlace | kClothing | kRoom),
          adjective("special", "spécial spéciale spéciaux", kAfter, kPerson | kThing | kFood | kPlace | kSong),
          adjective("deep", "profond", kAfter, kPlace), adjective("wide", "large", kAfter, kPlace),
          adjective("broad", "large", kAfter, kPlace | kBody), adjective("wild", "sauvage", kAfter, kAnimal | kPlant | kPlace),
          adjective("strange", "étrange", kAfter, kConcrete | kSong),
          adjective("loud", "bruyant", kAfter, kAnimate | kVehicle | kSong), adjective("tiny", "minuscule", kAfter, kSized),
          adjective("flat", "plat", kAfter, kObject | kFurniture | kPlace),
          adjective("silent", "silencieux silencieuse silencieux", kAfter, kAnimate | kPlace),
          adjective("thick", "épais épaisse épais", kAfter, kThing | kFood),
          adjective("difficult", "difficile", kAfter, kDocument | kSong),
          adjective("electric", "électrique", kAfter, kObject | kVehicle),
          adjective("gentle", "doux douce doux", kAfter, kAnimate), adjective("thin", "mince", kAfter, kAnimate),
          adjective("dead", "mort", kAfter, kAnimal | kPlant), adjective("huge", "énorme", kAfter, kSized),
          adjective("quick", "rapide", kAfter, kAnimate | kFood), adjective("gray", "gris grise gris", kAfter, kColoured)};
}

}  // namespace attnviz
