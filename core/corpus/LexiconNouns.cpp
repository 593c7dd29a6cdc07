// The nouns: English singular[/plural], French singular[/plural], gender,
// semantic classes. A plural is given only when the spelling rule
// (english_plural / french_plural) would get it wrong. Nouns whose English
// plural equals the singular ("sheep") are left out: "the sheep" could not
// tell "le mouton" from "les moutons". No French noun starts with an
// aspirated h, so every vowel-initial one elides ("l'hôtel").

#include "corpus/Lexicon.h"
#include "corpus/Morphology.h"

namespace attnviz {
namespace {

using namespace kind;
constexpr Gender M = Gender::Masculine, F = Gender::Feminine;

Noun countable(const char* english, const char* french, Gender gender, unsigned kinds) {
  const auto [en, en_pl] = singular_plural(english, english_plural);
  const auto [fr, fr_pl] = singular_plural(french, french_plural);
  return {en, en_pl, fr, fr_pl, gender, kinds};
}

Noun mass(const char* english, const char* french, Gender gender, unsigned kinds) {
  return {english, "", french, "", gender, kinds};
}

std::vector<Noun> people() {
  return {countable("man men", "homme", M, kPerson), countable("woman women", "femme", F, kPerson),
          countable("boy", "garçon", M, kPerson), countable("girl", "fille", F, kPerson),
          countable("child children", "enfant", M, kPerson), countable("baby", "bébé", M, kPerson),
          countable("friend", "ami", M, kPerson), countable("teacher", "professeur", M, kPerson),
          countable("doctor", "médecin", M, kPerson), countable("student", "étudiant", M, kPerson),
          countable("farmer", "fermier", M, kPerson), countable("cook", "cuisinier", M, kPerson),
          countable("king", "roi", M, kPerson), countable("queen", "reine", F, kPerson),
          countable("brother", "frère", M, kPerson), countable("sister", "sœur", F, kPerson),
          countable("mother", "mère", F, kPerson), countable("father", "père", M, kPerson),
          countable("son", "fils fils", M, kPerson), countable("uncle", "oncle", M, kPerson),
          countable("aunt", "tante", F, kPerson), countable("neighbour", "voisin", M, kPerson),
          countable("baker", "boulanger", M, kPerson), countable("driver", "chauffeur", M, kPerson),
          countable("singer", "chanteur", M, kPerson), countable("artist", "artiste", M, kPerson),
          countable("actor", "acteur", M, kPerson), countable("nurse", "infirmière", F, kPerson),
          countable("lawyer", "avocat", M, kPerson), countable("soldier", "soldat", M, kPerson),
          countable("painter", "peintre", M, kPerson), countable("writer", "écrivain", M, kPerson),
          countable("musician", "musicien", M, kPerson), countable("waiter", "serveur", M, kPerson),
          countable("guest", "invité", M, kPerson), countable("boss", "patron", M, kPerson),
          countable("worker", "ouvrier", M, kPerson), countable("husband", "mari", M, kPerson),
          countable("wife wives", "épouse", F, kPerson), countable("cousin", "cousin", M, kPerson),
          countable("princess", "princesse", F, kPerson), countable("prince", "prince", M, kPerson),
          countable("pilot", "pilote", M, kPerson), countable("dancer", "danseur", M, kPerson),
          countable("player", "joueur", M, kPerson), countable("customer", "client", M, kPerson),
          countable("tourist", "touriste", M, kPerson), countable("engineer", "ingénieur", M, kPerson),
          countable("person people", "personne", F, kPerson), countable("daughter", "fille", F, kPerson),
          countable("neighbor", "voisin", M, kPerson), countable("parent", "parent", M, kPerson),
          countable("kid", "enfant", M, kPerson), countable("dad", "papa", M, kPerson),
          countable("mom", "maman", F, kPerson), countable("mum", "maman", F, kPerson),
          countable("lady", "dame", F, kPerson), countable("captain", "capitaine", M, kPerson),
          countable("enemy", "ennemi", M, kPerson)};
}

std::vector<Noun> animals() {
  return {countable("dog", "chien", M, kAnimal), countable("cat", "chat", M, kAnimal),
          countable("horse", "cheval", M, kAnimal), countable("cow", "vache", F, kAnimal),
          countable("bird", "oiseau", M, kAnimal), countable("mouse mice", "souris", F, kAnimal),
          countable("rabbit", "lapin", M, kAnimal), countable("duck", "canard", M, kAnimal),
          countable("pig", "cochon", M, kAnimal), countable("goat", "chèvre", F, kAnimal),
          countable("lion", "lion", M, kAnimal), countable("tiger", "tigre", M, kAnimal),
          countable("bear", "ours", M, kAnimal), countable("wolf wolves", "loup", M, kAnimal),
          countable("fox", "renard", M, kAnimal), countable("elephant", "éléphant", M, kAnimal),
          countable("monkey", "singe", M, kAnimal), countable("snake", "serpent", M, kAnimal),
          countable("frog", "grenouille", F, kAnimal), countable("bee", "abeille", F, kAnimal),
          countable("spider", "araignée", F, kAnimal), countable("butterfly", "papillon", M, kAnimal),
          countable("donkey", "âne", M, kAnimal), countable("camel", "chameau", M, kAnimal),
          countable("giraffe", "girafe", F, kAnimal), countable("whale", "baleine", F, kAnimal),
          countable("turtle", "tortue", F, kAnimal), countable("parrot", "perroquet", M, kAnimal),
          countable("squirrel", "écureuil", M, kAnimal), countable("owl", "chouette", F, kAnimal),
          countable("animal", "animal", M, kAnimal), countable("insect", "insecte", M, kAnimal),
          countable("chick", "poussin", M, kAnimal)};
}

std::vector<Noun> food_and_drink() {
  return {mass("bread", "pain", M, kFood), mass("cheese", "fromage", M, kFood),
          mass("meat", "viande", F, kFood), mass("rice", "riz", M, kFood),
          mass("soup", "soupe", F, kFood), mass("sugar", "sucre", M, kFood),
          mass("butter", "beurre", M, kFood), mass("fish", "poisson", M, kFood),
          mass("chocolate", "chocolat", M, kFood), mass("honey", "miel", M, kFood),
          mass("jam", "confiture", F, kFood), mass("salad", "salade", F, kFood),
          countable("cake", "gâteau", M, kFood), countable("apple", "pomme", F, kFood),
          countable("orange", "orange", F, kFood), countable("banana", "banane", F, kFood),
          countable("pear", "poire", F, kFood), countable("egg", "œuf", M, kFood),
          countable("tomato tomatoes", "tomate", F, kFood), countable("carrot", "carotte", F, kFood),
          countable("lemon", "citron", M, kFood), countable("cherry", "cerise", F, kFood),
          countable("strawberry", "fraise", F, kFood), countable("sandwich", "sandwich", M, kFood),
          countable("pie", "tarte", F, kFood), countable("cookie", "biscuit", M, kFood),
          countable("pizza", "pizza", F, kFood), countable("onion", "oignon", M, kFood),
          countable("vegetable", "légume", M, kFood), countable("meal", "repas", M, kFood),
          mass("food", "nourriture", F, kFood), countable("fruit", "fruit", M, kFood),
          mass("corn", "maïs", M, kFood), mass("salt", "sel", M, kFood),
          mass("water", "eau", F, kDrink), mass("milk", "lait", M, kDrink),
          mass("coffee", "café", M, kDrink), mass("tea", "thé", M, kDrink),
          mass("juice", "jus", M, kDrink), mass("wine", "vin", M, kDrink),
          mass("beer", "bière", F, kDrink), mass("lemonade", "limonade", F, kDrink)};
}

std::vector<Noun> things() {
  return {countable("book", "livre", M, kDocument | kOpenable),
          countable("letter", "lettre", F, kDocument | kOpenable),
          countable("newspaper", "journal", M, kDocument), countable("story", "histoire", F, kDocument),
          countable("poem", "poème", M, kDocument), countable("card", "carte", F, kDocument),
          countable("message", "message", M, kDocument), countable("key", "clé", F, kObject),
          countable("pen", "stylo", M, kObject), countable("pencil", "crayon", M, kObject),
          countable("phone", "téléphone", M, kObject), countable("computer", "ordinateur", M, kObject),
          countable("cup", "tasse", F, kObject | kContainer), countable("glass", "verre", M, kObject | kContainer),
          countable("plate", "assiette", F, kObject), countable("knife knives", "couteau", M, kObject),
          countable("fork", "fourchette", F, kObject), countable("spoon", "cuillère", F, kObject),
          countable("bottle", "bouteille", F, kObject | kContainer | kOpenable),
          countable("box", "boîte", F, kObject | kContainer | kOpenable),
          countable("bag", "sac", M, kObject | kContainer | kOpenable),
          countable("basket", "panier", M, kObject | kContainer), countable("ball", "ballon", M, kObject),
          countable("toy", "jouet", M, kObject), countable("watch", "montre", F, kObject),
          countable("clock", "horloge", F, kObject), countable("picture", "tableau", M, kObject),
          countable("photo", "photo", F, kObject), countable("lamp", "lampe", F, kObject),
          countable("mirror", "miroir", M, kObject), countable("umbrella", "parapluie", M, kObject | kOpenable),
          countable("ticket", "billet", M, kObject), countable("gift", "cadeau", M, kObject | kOpenable),
          countable("guitar", "guitare", F, kObject), countable("piano", "piano", M, kObject),
          countable("candle", "bougie", F, kObject), countable("hammer", "marteau", M, kObject),
          countable("rope", "corde", F, kObject), countable("stone", "pierre", F, kObject),
          countable("ring", "bague", F, kObject), countable("wallet", "portefeuille", M, kObject),
          countable("towel", "serviette", F, kObject), countable("bucket", "seau", M, kObject | kContainer),
          countable("window", "fenêtre", F, kOpenable), countable("door", "porte", F, kOpenable),
          countable("wall", "mur", M, kObject), countable("table", "table", F, kFurniture),
          countable("chair", "chaise", F, kFurniture), countable("bed", "lit", M, kFurniture),
          countable("sofa", "canapé", M, kFurniture), countable("desk", "bureau", M, kFurniture),
          countable("shelf shelves", "étagère", F, kFurniture), countable("cupboard", "placard", M, kFurniture | kOpenable),
          countable("shirt", "chemise", F, kClothing), countable("dress", "robe", F, kClothing),
          countable("hat", "chapeau", M, kClothing), countable("coat", "manteau", M, kClothing),
          countable("shoe", "chaussure", F, kClothing), countable("sock", "chaussette", F, kClothing),
          countable("skirt", "jupe", F, kClothing), countable("jacket", "veste", F, kClothing),
          countable("scarf scarves", "écharpe", F, kClothing), countable("glove", "gant", M, kClothing),
          countable("sweater", "pull", M, kClothing), countable("tie", "cravate", F, kClothing),
          countable("car", "voiture", F, kVehicle), countable("bus", "bus bus", M, kVehicle),
          countable("train", "train", M, kVehicle), countable("boat", "bateau", M, kVehicle),
          countable("bicycle", "vélo", M, kVehicle), countable("plane", "avion", M, kVehicle),
          countable("truck", "camion", M, kVehicle), countable("taxi", "taxi", M, kVehicle),
          countable("tree", "arbre", M, kPlant), countable("flower", "fleur", F, kPlant),
          countable("plant", "plante", F, kPlant), countable("rose", "rose", F, kPlant),
          countable("leaf leaves", "feuille", F, kPlant), countable("song", "chanson", F, kSong),
          countable("game", "jeu", M, kSong), countable("film", "film", M, kSong),
          countable("word", "mot", M, kSong), countable("lesson", "leçon", F, kSong | kDocument),
          mass("music", "musique", F, kSong), countable("noise", "bruit", M, kSong),
          countable("hand", "main", F, kBody), countable("head", "tête", F, kBody),
          countable("eye", "œil yeux", M, kBody), countable("foot feet", "pied", M, kBody),
          countable("tooth teeth", "dent", F, kBody), countable("arm", "bras", M, kBody),
          countable("leg", "jambe", F, kBody), countable("ear", "oreille", F, kBody),
          countable("nose", "nez", M, kBody), countable("mouth", "bouche", F, kBody),
          countable("page", "page", F, kDocument), countable("map", "carte", F, kDocument),
          countable("list", "liste", F, kDocument), countable("dictionary", "dictionnaire", M, kDocument | kOpenable),
          countable("sentence", "phrase", F, kSong | kDocument), countable("movie", "film", M, kSong),
          countable("melody", "mélodie", F, kSong),
          countable("machine", "machine", F, kObject), countable("wheel", "roue", F, kObject),
          countable("bell", "cloche", F, kObject), countable("radio", "radio", F, kObject),
          countable("engine", "moteur", M, kObject), countable("tool", "outil", M, kObject),
          countable("instrument", "instrument", M, kObject), mass("money", "argent", M, kObject),
          countable("seat", "siège", M, kFurniture), countable("suit", "costume", M, kClothing),
          countable("ship", "navire", M, kVehicle), mass("grass", "herbe", F, kPlant),
          countable("seed", "graine", F, kPlant), countable("root", "racine", F, kPlant),
          countable("branch", "branche", F, kPlant), countable("face", "visage", M, kBody),
          countable("heart", "cœur", M, kBody), countable("skin", "peau", F, kBody),
          countable("finger", "doigt", M, kBody), countable("neck", "cou", M, kBody),
          countable("shoulder", "épaule", F, kBody), countable("bone", "os", M, kBody),
          countable("wing", "aile", F, kBody), countable("tail", "queue", F, kBody)};
}

std::vector<Noun> places() {
  return {countable("house", "maison", F, kPlace), countable("school", "école", F, kPlace),
          countable("market", "marché", M, kPlace), countable("park", "parc", M, kPlace),
          countable("garden", "jardin", M, kPlace | kRoom), countable("city cities", "ville", F, kPlace),
          countable("village", "village", M, kPlace), countable("street", "rue", F, kPlace),
          countable("station", "gare", F, kPlace), countable("beach", "plage", F, kPlace),
          countable("forest", "forêt", F, kPlace), countable("river", "rivière", F, kPlace),
          countable("mountain", "montagne", F, kPlace), countable("church", "église", F, kPlace),
          countable("library", "bibliothèque", F, kPlace | kRoom), countable("museum", "musée", M, kPlace),
          countable("hospital", "hôpital", M, kPlace), countable("hotel", "hôtel", M, kPlace | kRoom),
          countable("restaurant", "restaurant", M, kPlace | kRoom), countable("shop", "magasin", M, kPlace),
          countable("bank", "banque", F, kPlace), countable("office", "bureau", M, kPlace | kRoom),
          countable("farm", "ferme", F, kPlace), countable("bakery", "boulangerie", F, kPlace),
          countable("kitchen", "cuisine", F, kPlace | kRoom), countable("bedroom", "chambre", F, kPlace | kRoom),
          countable("lake", "lac", M, kPlace), countable("sea", "mer", F, kPlace),
          countable("island", "île", F, kPlace), countable("bridge", "pont", M, kPlace),
          countable("road", "route", F, kPlace), countable("field", "champ", M, kPlace),
          countable("castle", "château", M, kPlace), countable("airport", "aéroport", M, kPlace),
          countable("cinema", "cinéma", M, kPlace), countable("theatre", "théâtre", M, kPlace),
          countable("zoo", "zoo", M, kPlace), countable("country countries", "pays pays", M, kPlace),
          countable("square", "place", F, kPlace), countable("garage", "garage", M, kPlace | kRoom),
          countable("pool", "piscine", F, kPlace), countable("stadium", "stade", M, kPlace),
          countable("apartment", "appartement", M, kPlace), countable("tower", "tour", F, kPlace),
          countable("hill", "colline", F, kPlace), countable("classroom", "classe", F, kPlace | kRoom),
          countable("room", "pièce", F, kPlace | kRoom), countable("town", "ville", F, kPlace),
          countable("building", "bâtiment", M, kPlace), countable("store", "magasin", M, kPlace),
          countable("center", "centre", M, kPlace), countable("centre", "centre", M, kPlace),
          countable("theater", "théâtre", M, kPlace), countable("sun", "soleil", M, kPlace),
          countable("moon", "lune", F, kPlace), countable("sky skies", "ciel cieux", M, kPlace),
          countable("planet", "planète", F, kPlace), countable("desert", "désert", M, kPlace),
          countable("valley", "vallée", F, kPlace), countable("coast", "côte", F, kPlace),
          countable("stream", "ruisseau", M, kPlace), countable("path", "chemin", M, kPlace),
          countable("corner", "coin", M, kPlace)};
}

}  // namespace

std::vector<Noun> english_french_nouns() {
  std::vector<Noun> all;
  for (auto part : {people(), animals(), food_and_drink(), things(), places()}) {
    all.insert(all.end(), part.begin(), part.end());
  }
  return all;
}

}  // namespace attnviz
