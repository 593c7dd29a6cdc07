// Noun phrases: determiners, adjectives on either side of the noun,
// possessors ("my sister's cat"), noun compounds ("the kitchen table"),
// "of" complements and relative clauses.

#include "corpus/Morphology.h"
#include "corpus/SentenceGrammar.h"

namespace attnviz {
namespace {

constexpr unsigned kCompoundHeads = kind::kFurniture | kind::kOpenable | kind::kObject | kind::kPerson;

void append(std::vector<Word>& to, const std::vector<Word>& from) { to.insert(to.end(), from.begin(), from.end()); }

Word article(std::string text, std::vector<Tag> tags = {}) { return {std::move(text), std::move(tags), true}; }

const char* definite_article(const Agreement& agreement) {
  if (agreement.plural) return "les";
  return agreement.gender == Gender::Feminine ? "la" : "le";
}

size_t gender_index(const Agreement& agreement) { return agreement.gender == Gender::Feminine ? 1 : 0; }

}  // namespace

Word SentenceGrammar::source(std::string text, int meaning) const {
  return {std::move(text), meaning ? std::vector<Tag>{{meaning, true}} : std::vector<Tag>{}, false};
}

Word SentenceGrammar::target(std::string text, int meaning, bool sure) const {
  return {std::move(text), meaning ? std::vector<Tag>{{meaning, sure}} : std::vector<Tag>{}, false};
}

const Noun& SentenceGrammar::noun_of(unsigned kinds) {
  std::vector<const Noun*>& nouns = nouns_by_kinds_[kinds];
  if (nouns.empty()) {
    for (const Noun& noun : lexicon_.nouns) {
      if (noun.kinds & kinds) nouns.push_back(&noun);
    }
  }
  return *rng_.pick(nouns);
}

const Adjective* SentenceGrammar::adjective_for(unsigned kinds, const Noun* noun, bool before_noun) {
  std::vector<const Adjective*> fitting;
  for (const Adjective& adjective : lexicon_.adjectives) {
    if ((adjective.kinds & kinds) && adjective.before_noun == before_noun) fitting.push_back(&adjective);
  }
  if (fitting.empty()) return nullptr;
  const Adjective* chosen = rng_.pick(fitting);
  if (noun) combinations_.push_back("adj:" + chosen->english + "+" + noun->english);
  return chosen;
}

Phrase SentenceGrammar::adjective(const Adjective& adjective, const Agreement& agreement, bool vowel_next) {
  const int c = meaning();
  return {{source(adjective.english, c)}, {target(adjective.form(agreement, vowel_next), c)}};
}

SentenceGrammar::Determiner SentenceGrammar::choose_determiner(const Noun& noun, bool plural, Role role) {
  // Definite, Indefinite, Bare, Possessive, Demonstrative, Number.
  std::vector<double> weights;
  switch (role) {
    case Role::Subject: weights = {50, 16, 0, 20, 8, 6}; break;
    case Role::Object: weights = {36, 20, 18, 12, 6, 8}; break;
    case Role::Oblique: weights = {55, 15, 0, 20, 5, 5}; break;
    case Role::Possessor: weights = {55, 0, 0, 45, 0, 0}; break;
  }
  if (noun.mass()) {
    weights[1] = weights[5] = 0;
    weights[2] *= 3;
  } else if (plural) {
    weights[1] = 0;
  } else {
    weights[2] = 0;  // English has no bare singular count noun
    weights[5] *= 0.3;
  }
  return static_cast<Determiner>(rng_.weighted(weights));
}

Phrase SentenceGrammar::possessive(const Agreement& agreement, int c) {
  const PersonalPronoun& owner = rng_.pick(lexicon_.pronouns);
  const size_t form = agreement.plural ? 2 : gender_index(agreement);
  return {{source(owner.english_possessive, c)}, {article(owner.french_possessive[form], {{c, true}})}};
}

Phrase SentenceGrammar::determiner(Determiner det, const Agreement& a, const NounRequest& request,
                                   bool adjective_first) {
  const int c = meaning();
  const bool plural = a.plural;
  switch (det) {
    case Determiner::Definite:
      return {{source("the", c)}, {article(definite_article(a), {{c, true}})}};
    case Determiner::Indefinite:
      if (request.negated) return {{source("a", c)}, {target("de", c, false)}};
      return {{source("a", c)}, {article(a.gender == Gender::Feminine ? "une" : "un", {{c, true}})}};
    case Determiner::Bare:
      if (!request.negated && !plural) note("partitive article");
      if (request.negated || (plural && adjective_first)) return {{}, {target("de", 0)}};
      if (plural) return {{}, {article("des")}};
      return {{}, {target("de", 0), article(definite_article(a))}};
    case Determiner::Possessive:
      return possessive(a, c);
    case Determiner::Demonstrative:
      return {{source(plural ? (rng_.chance(0.5) ? "these" : "those") : (rng_.chance(0.5) ? "this" : "that"), c)},
              {article(plural ? "ces" : (a.gender == Gender::Feminine ? "cette" : "ce"), {{c, true}})}};
    case Determiner::Number: {
      const NumberWord& n = plural ? lexicon_.numbers[static_cast<size_t>(1 + rng_.below(19))] : lexicon_.numbers[0];
      return {{source(n.english, c)}, {target(n.french[gender_index(a)], c)}};
    }
  }
  return {};
}

SentenceGrammar::NounPhrase SentenceGrammar::pronoun_phrase(const PersonalPronoun& pronoun) {
  const int c = meaning();
  return {{{source(pronoun.english_subject, c)}, {target(pronoun.french_subject, c)}},
          pronoun.agreement, kind::kPerson, nullptr};
}

SentenceGrammar::NounPhrase SentenceGrammar::coordinated_subject(unsigned kinds) {
  NounPhrase first = noun_phrase({kinds, Role::Subject, false, false});
  const NounPhrase second = noun_phrase({first.kinds & kinds, Role::Subject, false, false});
  const int c = meaning();
  first.phrase += Phrase{{source("and", c)}, {target("et", c)}};
  first.phrase += second.phrase;
  const bool feminine = first.agreement.gender == Gender::Feminine && second.agreement.gender == Gender::Feminine;
  first.agreement = {feminine ? Gender::Feminine : Gender::Masculine, true, 5};
  first.kinds &= second.kinds;
  first.noun = nullptr;
  return first;
}

// "my sister's cat" -> "le chat de ma sœur": the possessor moves after the
// head, "'s" becomes "de", and French adds the article English lacks.
Phrase SentenceGrammar::possessor_construction(const Agreement& head, const Phrase& modified_head) {
  note("possessive 's");
  const NounPhrase owner = noun_phrase({kind::kAnimate, Role::Possessor, false, false});
  const int c = meaning();
  Phrase out;
  append(out.source, owner.phrase.source);
  out.source.push_back(source("'s", c));
  append(out.source, modified_head.source);
  out.target.push_back(article(definite_article(head), {{c, false}}));
  append(out.target, modified_head.target);
  out.target.push_back(target("de", c));
  append(out.target, owner.phrase.target);
  return out;
}

// "the kitchen table" -> "la table de la cuisine".
Phrase SentenceGrammar::compound_modifier(const Noun& head) {
  note("noun compound");
  const Noun* modifier = &noun_of(kind::kRoom);
  while (modifier == &head) modifier = &noun_of(kind::kRoom);
  const int c = meaning();
  const Agreement agreement{modifier->gender, false, 2};
  return {{source(modifier->english, c)},
          {target("de", c, false), article(definite_article(agreement)), target(modifier->french, c)}};
}

// "the door of the house" -> "la porte de la maison" ("of the" may become "du").
Phrase SentenceGrammar::of_complement() {
  const NounPhrase place = noun_phrase({kind::kPlace, Role::Possessor, false, false});
  note("of complement");
  const int c = meaning();
  return Phrase{{source("of", c)}, {target("de", c)}} + place.phrase;
}

// The noun with its adjectives and compound modifier, without determiner:
// "small red car" -> "petite voiture rouge".
Phrase SentenceGrammar::modified_noun(const NounPhrase& np, const Adjective* pre, const Phrase& compound) {
  const Adjective* post = rng_.chance(0.2) ? adjective_for(np.noun->kinds, np.noun, false) : nullptr;
  const int c = meaning();
  const bool plural = np.agreement.plural;
  const Word french_head = target(np.noun->french_form(plural), c);
  const Phrase pre_phrase = pre ? adjective(*pre, np.agreement, french_vowel_initial(french_head.text)) : Phrase{};
  const Phrase post_phrase = post ? adjective(*post, np.agreement, false) : Phrase{};
  if (pre) note("adjective before noun");
  if (post) note("adjective after noun");
  Phrase out;
  for (const Phrase* part : {&pre_phrase, &post_phrase, &compound}) append(out.source, part->source);
  out.source.push_back(source(np.noun->english_form(plural), c));
  append(out.target, pre_phrase.target);
  out.target.push_back(french_head);
  append(out.target, post_phrase.target);
  append(out.target, compound.target);
  return out;
}

SentenceGrammar::NounPhrase SentenceGrammar::noun_phrase(const NounRequest& request) {
  const Noun& noun = noun_of(request.kinds);
  const bool plural = !noun.mass() && request.role != Role::Possessor && rng_.chance(0.3);
  NounPhrase np{{}, {noun.gender, plural, plural ? 5 : 2}, noun.kinds, &noun};
  // Possessor phrases stay simple, so that nothing nests without end.
  const double extension = request.role == Role::Possessor ? 1.0 : rng_.uniform();
  const bool compound = extension < 0.06 && (noun.kinds & kCompoundHeads);
  const Phrase modifier = compound ? compound_modifier(noun) : Phrase{};
  const Adjective* pre = rng_.chance(0.14) ? adjective_for(noun.kinds, &noun, true) : nullptr;
  const Phrase body = modified_noun(np, pre, modifier);
  if (extension >= 0.06 && extension < 0.12) {
    np.phrase = possessor_construction(np.agreement, body);
  } else {
    np.phrase = determiner(choose_determiner(noun, plural, request.role), np.agreement, request, pre) + body;
    if (extension >= 0.12 && extension < 0.15 && (noun.kinds & kCompoundHeads)) np.phrase += of_complement();
  }
  if (request.relative && relative_depth_ == 0 && rng_.chance(style_.relative_clause)) {
    np.phrase += relative_clause(np);
  }
  return np;
}

}  // namespace attnviz
