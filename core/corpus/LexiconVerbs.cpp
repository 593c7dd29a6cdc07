// The verbs: English "base third past participle", French "je tu il nous
// vous ils participle", and how the verb takes its arguments. "wait" always
// has its object: "she waits for the boy" must not also read as "waits"
// plus "for the boy" (pour le garçon).

#include "corpus/Lexicon.h"

#include <sstream>

namespace attnviz {
namespace {

using namespace kind;
constexpr unsigned kPortable = kObject | kDocument | kClothing | kFood | kDrink | kPlant;
constexpr unsigned kVisible = kConcrete & ~(kBody | kRoom);

Verb conjugated(const char* english, const char* french) {
  Verb verb;
  std::istringstream en(english), fr(french);
  en >> verb.base >> verb.third >> verb.past >> verb.participle;
  for (std::string& form : verb.present) fr >> form;
  fr >> verb.french_participle;
  return verb;
}

Verb transitive(const char* english, const char* french, unsigned subjects, unsigned objects,
                bool optional = false, const char* particle = "") {
  Verb verb = conjugated(english, french);
  verb.subject_kinds = subjects;
  verb.object_kinds = objects;
  verb.object_optional = optional;
  verb.particle = particle;
  return verb;
}

Verb intransitive(const char* english, const char* french, unsigned subjects, bool etre = false) {
  Verb verb = conjugated(english, french);
  verb.frame = Frame::Intransitive;
  verb.subject_kinds = subjects;
  verb.etre = etre;
  return verb;
}

Verb motion(const char* english, const char* french, const char* english_preposition,
            const char* french_preposition) {
  Verb verb = conjugated(english, french);
  verb.frame = Frame::Motion;
  verb.subject_kinds = kAnimate;
  verb.object_kinds = kPlace;
  verb.etre = true;
  verb.english_preposition = english_preposition;
  verb.french_preposition = french_preposition;
  return verb;
}

// "she lives in the house" -> "elle habite dans la maison": the frame of a
// motion verb, with "in" and avoir.
Verb lives_in(const char* english, const char* french) {
  Verb verb = motion(english, french, "in", "dans");
  verb.etre = false;
  return verb;
}

Verb ditransitive(const char* english, const char* french, unsigned objects) {
  Verb verb = transitive(english, french, kPerson, objects);
  verb.frame = Frame::Ditransitive;
  verb.english_preposition = "to";
  verb.french_preposition = "à";
  return verb;
}

std::vector<Verb> transitive_verbs() {
  return {
      transitive("eat eats ate eaten", "mange manges mange mangeons mangez mangent mangé", kAnimate, kFood, true),
      transitive("drink drinks drank drunk", "bois bois boit buvons buvez boivent bu", kAnimate, kDrink, true),
      transitive("see sees saw seen", "vois vois voit voyons voyez voient vu", kAnimate, kVisible),
      transitive("read reads read read", "lis lis lit lisons lisez lisent lu", kPerson, kDocument, true),
      transitive("write writes wrote written", "écris écris écrit écrivons écrivez écrivent écrit", kPerson, kDocument | kSong, true),
      transitive("buy buys bought bought", "achète achètes achète achetons achetez achètent acheté", kPerson, kPortable | kVehicle | kFurniture | kAnimal),
      transitive("sell sells sold sold", "vends vends vend vendons vendez vendent vendu", kPerson, kPortable | kVehicle | kFurniture | kAnimal | kPlace),
      transitive("love loves loved loved", "aime aimes aime aimons aimez aiment aimé", kAnimate, kConcrete | kSong),
      transitive("want wants wanted wanted", "veux veux veut voulons voulez veulent voulu", kAnimate, kPortable | kVehicle | kAnimal),
      transitive("find finds found found", "trouve trouves trouve trouvons trouvez trouvent trouvé", kAnimate, kPortable | kAnimate),
      transitive("take takes took taken", "prends prends prend prenons prenez prennent pris", kPerson, kPortable | kVehicle),
      transitive("open opens opened opened", "ouvre ouvres ouvre ouvrons ouvrez ouvrent ouvert", kPerson, kOpenable),
      transitive("close closes closed closed", "ferme fermes ferme fermons fermez ferment fermé", kPerson, kOpenable),
      transitive("clean cleans cleaned cleaned", "nettoie nettoies nettoie nettoyons nettoyez nettoient nettoyé", kPerson, kThing | kRoom),
      transitive("cook cooks cooked cooked", "cuisine cuisines cuisine cuisinons cuisinez cuisinent cuisiné", kPerson, kFood, true),
      transitive("carry carries carried carried", "porte portes porte portons portez portent porté", kAnimate, kPortable | kFurniture),
      transitive("know knows knew known", "connais connais connaît connaissons connaissez connaissent connu", kPerson, kPerson | kPlace | kSong | kDocument),
      transitive("watch watches watched watched", "regarde regardes regarde regardons regardez regardent regardé", kAnimate, kAnimate | kVehicle | kSong),
      transitive("hear hears heard heard", "entends entends entend entendons entendez entendent entendu", kAnimate, kAnimate | kSong | kVehicle),
      transitive("have has had had", "ai as a avons avez ont eu", kPerson, kPortable | kAnimal | kVehicle | kFurniture),
      transitive("make makes made made", "fais fais fait faisons faites font fait", kPerson, kFood | kClothing | kFurniture),
      transitive("paint paints painted painted", "peins peins peint peignons peignez peignent peint", kPerson, kThing | kRoom | kPlace, true),
      transitive("wash washes washed washed", "lave laves lave lavons lavez lavent lavé", kPerson, kThing | kBody | kAnimal | kFood),
      transitive("break breaks broke broken", "casse casses casse cassons cassez cassent cassé", kAnimate, kObject | kFurniture | kOpenable),
      transitive("lose loses lost lost", "perds perds perd perdons perdez perdent perdu", kPerson, kObject | kDocument | kClothing | kAnimal),
      transitive("help helps helped helped", "aide aides aide aidons aidez aident aidé", kPerson, kAnimate),
      transitive("call calls called called", "appelle appelles appelle appelons appelez appellent appelé", kPerson, kAnimate),
      transitive("visit visits visited visited", "visite visites visite visitons visitez visitent visité", kPerson, kPlace),
      transitive("meet meets met met", "rencontre rencontres rencontre rencontrons rencontrez rencontrent rencontré", kPerson, kPerson),
      transitive("follow follows followed followed", "suis suis suit suivons suivez suivent suivi", kAnimate, kAnimate | kVehicle),
      transitive("bring brings brought brought", "apporte apportes apporte apportons apportez apportent apporté", kPerson, kPortable),
      transitive("forget forgets forgot forgotten", "oublie oublies oublie oublions oubliez oublient oublié", kPerson, kObject | kDocument | kClothing | kSong),
      transitive("choose chooses chose chosen", "choisis choisis choisit choisissons choisissez choisissent choisi", kPerson, kPortable | kVehicle | kAnimal),
      transitive("finish finishes finished finished", "finis finis finit finissons finissez finissent fini", kPerson, kFood | kDrink | kDocument | kSong),
      transitive("fix fixes fixed fixed", "répare répares répare réparons réparez réparent réparé", kPerson, kObject | kVehicle | kFurniture | kOpenable),
      transitive("build builds built built", "construis construis construit construisons construisez construisent construit", kPerson, kPlace | kFurniture | kVehicle),
      transitive("draw draws drew drawn", "dessine dessines dessine dessinons dessinez dessinent dessiné", kPerson, kVisible, true),
      transitive("catch catches caught caught", "attrape attrapes attrape attrapons attrapez attrapent attrapé", kAnimate, kAnimal | kObject),
      transitive("kiss kisses kissed kissed", "embrasse embrasses embrasse embrassons embrassez embrassent embrassé", kAnimate, kAnimate),
      transitive("push pushes pushed pushed", "pousse pousses pousse poussons poussez poussent poussé", kAnimate, kObject | kVehicle | kFurniture),
      transitive("feed feeds fed fed", "nourris nourris nourrit nourrissons nourrissez nourrissent nourri", kPerson, kAnimate),
      transitive("hide hides hid hidden", "cache caches cache cachons cachez cachent caché", kAnimate, kPortable),
      transitive("drive drives drove driven", "conduis conduis conduit conduisons conduisez conduisent conduit", kPerson, kVehicle, true),
      transitive("sing sings sang sung", "chante chantes chante chantons chantez chantent chanté", kAnimate, kSong, true),
      transitive("learn learns learned learned", "apprends apprends apprend apprenons apprenez apprennent appris", kPerson, kSong | kDocument, true),
      transitive("use uses used used", "utilise utilises utilise utilisons utilisez utilisent utilisé", kPerson, kObject | kVehicle),
      transitive("fill fills filled filled", "remplis remplis remplit remplissons remplissez remplissent rempli", kPerson, kContainer),
      transitive("wear wears wore worn", "porte portes porte portons portez portent porté", kPerson, kClothing),
      transitive("wait waits waited waited", "attends attends attend attendons attendez attendent attendu", kAnimate, kAnimate | kVehicle, false, "for"),
      transitive("look looks looked looked", "cherche cherches cherche cherchons cherchez cherchent cherché", kAnimate, kPortable | kAnimate, false, "for"),
      transitive("listen listens listened listened", "écoute écoutes écoute écoutons écoutez écoutent écouté", kAnimate, kAnimate | kSong, true, "to"),
      // Everyday words from docs/everyday-words.md.
      transitive("like likes liked liked", "aime aimes aime aimons aimez aiment aimé", kAnimate, kConcrete | kSong),
      transitive("start starts started started", "commence commences commence commençons commencez commencent commencé", kPerson, kSong | kDocument, true),
      transitive("begin begins began begun", "commence commences commence commençons commencez commencent commencé", kPerson, kSong | kDocument, true),
      transitive("stop stops stopped stopped", "arrête arrêtes arrête arrêtons arrêtez arrêtent arrêté", kPerson, kVehicle | kSong),
      transitive("cut cuts cut cut", "coupe coupes coupe coupons coupez coupent coupé", kPerson, kFood | kPlant),
      transitive("pull pulls pulled pulled", "tire tires tire tirons tirez tirent tiré", kAnimate, kObject | kVehicle | kFurniture),
      transitive("keep keeps kept kept", "garde gardes garde gardons gardez gardent gardé", kPerson, kPortable | kAnimal),
      transitive("hold holds held held", "tiens tiens tient tenons tenez tiennent tenu", kPerson, kPortable | kAnimal),
      transitive("throw throws threw thrown", "lance lances lance lançons lancez lancent lancé", kPerson, kObject),
      transitive("hit hits hit hit", "frappe frappes frappe frappons frappez frappent frappé", kPerson, kObject),
      transitive("reach reaches reached reached", "atteins atteins atteint atteignons atteignez atteignent atteint", kAnimate, kPlace),
      transitive("touch touches touched touched", "touche touches touche touchons touchez touchent touché", kAnimate, kVisible),
      transitive("mix mixes mixed mixed", "mélange mélanges mélange mélangeons mélangez mélangent mélangé", kPerson, kFood | kDrink),
      transitive("burn burns burned burned", "brûle brûles brûle brûlons brûlez brûlent brûlé", kPerson, kFood | kDocument),
      transitive("print prints printed printed", "imprime imprimes imprime imprimons imprimez impriment imprimé", kPerson, kDocument),
      transitive("lift lifts lifted lifted", "soulève soulèves soulève soulevons soulevez soulèvent soulevé", kPerson, kObject | kFurniture | kAnimal),
      transitive("join joins joined joined", "rejoins rejoins rejoint rejoignons rejoignez rejoignent rejoint", kPerson, kPerson),
      transitive("describe describes described described", "décris décris décrit décrivons décrivez décrivent décrit", kPerson, kVisible),
      transitive("protect protects protected protected", "protège protèges protège protégeons protégez protègent protégé", kAnimate, kAnimate | kPlace),
      transitive("thank thanks thanked thanked", "remercie remercies remercie remercions remerciez remercient remercié", kPerson, kPerson),
      transitive("smell smells smelled smelled", "sens sens sent sentons sentez sentent senti", kAnimate, kFood | kDrink | kPlant),
      transitive("invent invents invented invented", "invente inventes invente inventons inventez inventent inventé", kPerson, kSong | kObject),
      transitive("repeat repeats repeated repeated", "répète répètes répète répétons répétez répètent répété", kPerson, kSong),
      transitive("prepare prepares prepared prepared", "prépare prépares prépare préparons préparez préparent préparé", kPerson, kFood | kDrink),
      transitive("notice notices noticed noticed", "remarque remarques remarque remarquons remarquez remarquent remarqué", kPerson, kVisible),
      transitive("serve serves served served", "sers sers sert servons servez servent servi", kPerson, kFood | kDrink),
      transitive("cross crosses crossed crossed", "traverse traverses traverse traversons traversez traversent traversé", kAnimate, kPlace),
      transitive("receive receives received received", "reçois reçois reçoit recevons recevez reçoivent reçu", kPerson, kDocument | kObject),
      transitive("add adds added added", "ajoute ajoutes ajoute ajoutons ajoutez ajoutent ajouté", kPerson, kFood | kDrink),
      transitive("rub rubs rubbed rubbed", "frotte frottes frotte frottons frottez frottent frotté", kPerson, kObject | kBody | kFurniture),
      transitive("heat heats heated heated", "chauffe chauffes chauffe chauffons chauffez chauffent chauffé", kPerson, kFood | kDrink)};
}

std::vector<Verb> other_verbs() {
  return {
      intransitive("sleep sleeps slept slept", "dors dors dort dormons dormez dorment dormi", kAnimate),
      intransitive("run runs ran run", "cours cours court courons courez courent couru", kAnimate),
      intransitive("walk walks walked walked", "marche marches marche marchons marchez marchent marché", kAnimate),
      intransitive("dance dances danced danced", "danse danses danse dansons dansez dansent dansé", kAnimate),
      intransitive("laugh laughs laughed laughed", "ris ris rit rions riez rient ri", kPerson),
      intransitive("cry cries cried cried", "pleure pleures pleure pleurons pleurez pleurent pleuré", kAnimate),
      intransitive("swim swims swam swum", "nage nages nage nageons nagez nagent nagé", kAnimate),
      intransitive("work works worked worked", "travaille travailles travaille travaillons travaillez travaillent travaillé", kPerson),
      intransitive("smile smiles smiled smiled", "souris souris sourit sourions souriez sourient souri", kPerson),
      intransitive("travel travels travelled travelled", "voyage voyages voyage voyageons voyagez voyagent voyagé", kPerson),
      intransitive("jump jumps jumped jumped", "saute sautes saute sautons sautez sautent sauté", kAnimate),
      intransitive("shout shouts shouted shouted", "crie cries crie crions criez crient crié", kPerson),
      intransitive("play plays played played", "joue joues joue jouons jouez jouent joué", kAnimate),
      intransitive("speak speaks spoke spoken", "parle parles parle parlons parlez parlent parlé", kPerson),
      intransitive("win wins won won", "gagne gagnes gagne gagnons gagnez gagnent gagné", kPerson),
      intransitive("study studies studied studied", "étudie étudies étudie étudions étudiez étudient étudié", kPerson),
      intransitive("leave leaves left left", "pars pars part partons partez partent parti", kAnimate, true),
      intransitive("fall falls fell fallen", "tombe tombes tombe tombons tombez tombent tombé", kAnimate, true),
      intransitive("stay stays stayed stayed", "reste restes reste restons restez restent resté", kAnimate, true),
      intransitive("talk talks talked talked", "parle parles parle parlons parlez parlent parlé", kPerson),
      intransitive("sail sails sailed sailed", "navigue navigues navigue naviguons naviguez naviguent navigué", kPerson),
      intransitive("dream dreams dreamed dreamed", "rêve rêves rêve rêvons rêvez rêvent rêvé", kAnimate),
      intransitive("die dies died died", "meurs meurs meurt mourons mourez meurent mort", kAnimate | kPlant, true),
      lives_in("live lives lived lived", "habite habites habite habitons habitez habitent habité"),
      motion("go goes went gone", "vais vas va allons allez vont allé", "to", "à"),
      motion("come comes came come", "viens viens vient venons venez viennent venu", "to", "à"),
      motion("return returns returned returned", "retourne retournes retourne retournons retournez retournent retourné", "to", "à"),
      motion("arrive arrives arrived arrived", "arrive arrives arrive arrivons arrivez arrivent arrivé", "at", "à"),
      motion("enter enters entered entered", "entre entres entre entrons entrez entrent entré", "", "dans"),
      ditransitive("give gives gave given", "donne donnes donne donnons donnez donnent donné", kPortable | kAnimal),
      ditransitive("send sends sent sent", "envoie envoies envoie envoyons envoyez envoient envoyé", kDocument | kObject | kFood),
      ditransitive("show shows showed shown", "montre montres montre montrons montrez montrent montré", kPortable | kAnimal),
      ditransitive("lend lends lent lent", "prête prêtes prête prêtons prêtez prêtent prêté", kObject | kDocument | kClothing | kVehicle),
      ditransitive("offer offers offered offered", "offre offres offre offrons offrez offrent offert", kPortable | kAnimal),
      ditransitive("teach teaches taught taught", "enseigne enseignes enseigne enseignons enseignez enseignent enseigné", kSong)};
}

}  // namespace

std::vector<Verb> english_french_verbs() {
  std::vector<Verb> all = transitive_verbs();
  for (Verb& verb : other_verbs()) all.push_back(std::move(verb));
  return all;
}

Verb english_french_be() { return conjugated("be is was been", "suis es est sommes êtes sont été"); }

Verb english_french_have() { return conjugated("have has had had", "ai as a avons avez ont eu"); }

}  // namespace attnviz
