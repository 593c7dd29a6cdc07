// Sentences and clauses: coordination, the verb frames with their
// arguments, copular clauses, adjuncts and relative clauses.

#include "corpus/SentenceGrammar.h"

#include "corpus/Orthography.h"

#include <algorithm>

namespace attnviz {
namespace {

constexpr double kPronounSubject = 0.35;
constexpr double kCoordinatedSubject = 0.04;
constexpr double kCliticObject = 0.15;
constexpr double kDroppedObject = 0.3;  // "she reads" for a verb whose object is optional
constexpr double kObjectList = 0.06;     // "water and milk", "a pear, an apple and a banana"
constexpr double kSecondPlace = 0.15;
constexpr double kCommaBeforeConjunction = 0.4;
constexpr double kCopulaPerfect = 0.2;   // "has been"

}  // namespace

GeneratedSentence SentenceGrammar::sentence(const SentenceStyle& style) {
  style_ = style;
  meanings_ = 0;
  combinations_.clear();
  phenomena_.clear();
  past_only_ = time_given_ = false;
  Phrase phrase = typed_sentence();
  apply_english_orthography(phrase.source);
  apply_french_orthography(phrase.target);
  SentencePair pair = to_sentence_pair(phrase);
  note_spelling(pair);
  std::sort(phenomena_.begin(), phenomena_.end());
  phenomena_.erase(std::unique(phenomena_.begin(), phenomena_.end()), phenomena_.end());
  return {std::move(pair), std::move(combinations_), std::move(phenomena_)};
}

// Elision and contraction happen in the orthography pass, so they are
// read off the finished pair: an elided word ends in an apostrophe, a
// contraction is one French word with two sure English links.
void SentenceGrammar::note_spelling(const SentencePair& pair) {
  if (std::any_of(pair.target.begin(), pair.target.end(), [](const std::string& w) { return w.ends_with('\''); })) {
    note("elision");
  }
  std::vector<int> sources(pair.target.size(), 0);
  for (const Link& link : pair.gold.sure) ++sources[static_cast<size_t>(link.second)];
  for (size_t j = 0; j < pair.target.size(); ++j) {
    const std::string& w = pair.target[j];
    if ((w == "au" || w == "aux" || w == "du" || w == "des") && sources[j] == 2) note("contraction");
  }
}

// "and" / "but", after a comma in four of ten: "The dog sleeps, but the cat eats."
Phrase SentenceGrammar::conjunction() {
  Phrase out;
  if (rng_.chance(kCommaBeforeConjunction)) {
    note("comma between clauses");
    out = comma();
  }
  const int c = meaning();
  if (rng_.chance(0.7)) return out + Phrase{{source("and", c)}, {target("et", c)}};
  return out + Phrase{{source("but", c)}, {target("mais", c)}};
}

Phrase SentenceGrammar::clause() {
  const auto [subj, pred] = clause_parts({}, true);
  return subj.phrase + pred;
}

// `agreement_shown`: the clause will show the subject's gender, which
// "you" does not tell (vous êtes allé / allée / allés / allées).
SentenceGrammar::NounPhrase SentenceGrammar::subject(unsigned kinds, bool agreement_shown) {
  if ((kinds & kind::kPerson) && rng_.chance(kPronounSubject)) {
    const PersonalPronoun* pronoun = &rng_.pick(lexicon_.pronouns);
    while (agreement_shown && pronoun->english_subject == "you") pronoun = &rng_.pick(lexicon_.pronouns);
    return pronoun_phrase(*pronoun);
  }
  if (rng_.chance(kCoordinatedSubject)) {
    note("coordinated subject");
    return coordinated_subject(kinds);
  }
  return noun_phrase({kinds, Role::Subject, false, true});
}

Phrase SentenceGrammar::predicate(const Agreement& subject, const Verb& verb, Tense tense,
                                  const PredicateShape& shape) {
  VerbGroup group{&verb, subject, tense, shape.question ? Polarity::Affirmative : polarity()};
  group.do_support = shape.question;
  if (shape.adverbs) choose_verb_adverb(group);
  const Phrase complement = complement_of(verb, group, shape);
  Phrase out = verb_group(group) + complement;
  if (group.adverb && group.adverb->slot == Adverb::Slot::ShortManner) {
    out.source.push_back(source(group.adverb->words.english[0], group.adverb_meaning));
  }
  if (relative_depth_ == 0 && shape.adjuncts) out += adjuncts(verb, tense);
  return out;
}

void SentenceGrammar::choose_verb_adverb(VerbGroup& group) {
  if (group.polarity != Polarity::Affirmative) return;
  const double draw = rng_.uniform();
  if (draw < 0.1) group.adverb = &adverb_in(Adverb::Slot::Frequency);
  else if (draw < 0.14) group.adverb = &adverb_in(Adverb::Slot::ShortManner);
  if (group.adverb) {
    group.adverb_meaning = meaning();
    note("adverb after the French verb");
  }
}

const Adverb& SentenceGrammar::adverb_in(Adverb::Slot slot) {
  std::vector<const Adverb*> fitting;
  for (const Adverb& adverb : lexicon_.adverbs) {
    if (adverb.slot == slot) fitting.push_back(&adverb);
  }
  return *rng_.pick(fitting);
}

Phrase SentenceGrammar::complement_of(const Verb& verb, VerbGroup& group, const PredicateShape& shape) {
  switch (verb.frame) {
    case Frame::Intransitive:
      return {};
    case Frame::Transitive:
      if (!shape.object || (verb.object_optional && rng_.chance(kDroppedObject))) return {};
      if (shape.clitic && rng_.chance(kCliticObject) && (group.clitic = clitic_for(verb, group.subject))) {
        note("object pronoun before the verb");
        group.preceding_object = group.clitic->agreement;
        return {};
      }
      if (group.polarity == Polarity::Affirmative && relative_depth_ == 0 && rng_.chance(kObjectList)) {
        return object_list(verb);
      }
      return direct_object(verb, group.polarity);
    case Frame::Motion:
      return shape.destination ? destination(verb) : Phrase{};
    case Frame::Ditransitive:
      return (shape.object ? direct_object(verb, group.polarity) : Phrase{}) + recipient(verb);
  }
  return {};
}

Phrase SentenceGrammar::direct_object(const Verb& verb, Polarity polarity) {
  const NounPhrase object =
      noun_phrase({verb.object_kinds, Role::Object, polarity != Polarity::Affirmative, true});
  combinations_.push_back("obj:" + verb.base + "+" + object.noun->english);
  return object.phrase;
}

// "water and milk", "a pear, an apple and a banana" -> "de l'eau et du
// lait", "une poire, une pomme et une banane".
Phrase SentenceGrammar::object_list(const Verb& verb) {
  const int items = 2 + rng_.weighted({40, 45, 15});
  if (items > 2) note("list of three or more");
  Phrase out;
  for (int i = 0; i < items; ++i) {
    if (i == items - 1) {
      const int c = meaning();
      out += Phrase{{source("and", c)}, {target("et", c)}};
    } else if (i > 0) {
      out += comma();
    }
    const NounPhrase object = noun_phrase({verb.object_kinds, Role::Object, false, false});
    combinations_.push_back("obj:" + verb.base + "+" + object.noun->english);
    out += object.phrase;
  }
  return out;
}

// "goes to the market" -> "va au marché"; "enters the house" -> "entre dans la maison".
Phrase SentenceGrammar::destination(const Verb& verb) {
  const NounPhrase place = noun_phrase({verb.object_kinds, Role::Oblique, false, true});
  combinations_.push_back("obj:" + verb.base + "+" + place.noun->english);
  const bool english = !verb.english_preposition.empty();
  const int c = english ? meaning() : 0;
  Phrase out{{}, {target(verb.french_preposition, c)}};
  if (english) out.source.push_back(source(verb.english_preposition, c));
  return out + place.phrase;
}

// "gives the book to the boy" -> "donne le livre au garçon".
Phrase SentenceGrammar::recipient(const Verb& verb) {
  const int c = meaning();
  return Phrase{{source(verb.english_preposition, c)}, {target(verb.french_preposition, c)}} +
         noun_phrase({kind::kAnimate, Role::Oblique, false, true}).phrase;
}

// An object pronoun the verb can take that is not the subject itself
// ("I see me" needs "myself"). Never "you": its participle agreement
// (vous a vu / vue / vus) is not in the English.
const PersonalPronoun* SentenceGrammar::clitic_for(const Verb& verb, const Agreement& subject) {
  std::vector<const PersonalPronoun*> fitting;
  for (const PersonalPronoun& pronoun : lexicon_.pronouns) {
    const int person = pronoun.agreement.person;
    const bool reflexive = person == subject.person && (person == 0 || person == 3);
    const bool takes_it = person == 5 || (verb.object_kinds & kind::kPerson);
    if (pronoun.english_object != "you" && !reflexive && takes_it) fitting.push_back(&pronoun);
  }
  return fitting.empty() ? nullptr : rng_.pick(fitting);
}

// "is in the garden", "has not been sad"; a question's copula stays affirmative.
Phrase SentenceGrammar::copula_clause(const NounPhrase& subject, bool question) {
  const Polarity pol = question ? Polarity::Affirmative : polarity();
  const Adverb* adverb = pol == Polarity::Affirmative && rng_.chance(0.1) ? &adverb_in(Adverb::Slot::Frequency) : nullptr;
  const int adverb_meaning = adverb ? meaning() : 0;
  const Adjective* adjective = rng_.chance(0.65) ? adjective_for(subject.kinds, subject.noun, rng_.chance(0.3)) : nullptr;
  const Tense tense = rng_.chance(kCopulaPerfect) ? Tense::Perfect : Tense::Present;
  const Phrase be = copula(subject.agreement, tense, pol, adverb, adverb_meaning);
  note("copula");
  if (!adjective) return be + prepositional_phrase(true);
  return be + this->adjective(*adjective, subject.agreement, false);
}

Phrase SentenceGrammar::adjuncts(const Verb& verb, Tense tense) {
  Phrase out;
  if (rng_.chance(0.08)) out += fixed_phrase(adverb_in(Adverb::Slot::Manner).words);
  if (rng_.chance(verb.frame == Frame::Intransitive ? 0.35 : 0.12)) {
    out += prepositional_phrase(false);
    if (rng_.chance(kSecondPlace)) out += prepositional_phrase(true);  // "in the house near the garden"
  }
  if (tense != Tense::Perfect && !time_given_ && rng_.chance(0.07)) {
    out += fixed_phrase(adverb_in(tense == Tense::Past ? Adverb::Slot::PastTime : Adverb::Slot::PresentTime).words);
  }
  return out;
}

Phrase SentenceGrammar::prepositional_phrase(bool locative) {
  const Preposition* preposition = &rng_.pick(lexicon_.prepositions);
  while (locative && !preposition->locative) preposition = &rng_.pick(lexicon_.prepositions);
  return fixed_phrase(preposition->words) +
         noun_phrase({preposition->object_kinds, Role::Oblique, false, true}).phrase;
}

Phrase SentenceGrammar::fixed_phrase(const FixedPhrase& words) {
  Phrase out;
  for (const std::string& w : words.english) out.source.push_back({w, {}, false});
  for (const std::string& w : words.french) out.target.push_back({w, {}, false});
  for (const auto& [s, t] : words.sure) {
    const int c = meaning();
    out.source[static_cast<size_t>(s)].tags.push_back({c, true});
    out.target[static_cast<size_t>(t)].tags.push_back({c, true});
  }
  for (const auto& [s, t] : words.possible) {
    const int c = meaning();
    out.source[static_cast<size_t>(s)].tags.push_back({c, true});
    out.target[static_cast<size_t>(t)].tags.push_back({c, false});
  }
  return out;
}

// "the man who reads" -> "l'homme qui lit"; "the letter that she wrote" ->
// "la lettre qu'elle a écrite" (the participle agrees with "que").
Phrase SentenceGrammar::relative_clause(const NounPhrase& antecedent) {
  const Verb* subject_verb = verb_with_subject(antecedent.kinds);
  const Verb* object_verb = antecedent.noun ? verb_taking_object(antecedent.kinds) : nullptr;
  if (!subject_verb && !object_verb) return {};
  ++relative_depth_;
  note("relative clause");
  const int c = meaning();
  Phrase out;
  if (object_verb && (!subject_verb || rng_.chance(0.4))) {
    const NounPhrase subj = subject(object_verb->subject_kinds, false);
    VerbGroup group{object_verb, subj.agreement, tense_for(*object_verb), polarity()};
    group.preceding_object = antecedent.agreement;
    combinations_.push_back("obj:" + object_verb->base + "+" + antecedent.noun->english);
    out = Phrase{{source("that", c)}, {target("que", c)}} + subj.phrase + verb_group(group);
  } else {
    const char* pronoun = antecedent.kinds & kind::kPerson ? "who" : "that";
    out = Phrase{{source(pronoun, c)}, {target("qui", c)}} + predicate(antecedent.agreement, *subject_verb, tense_for(*subject_verb), {});
  }
  --relative_depth_;
  return out;
}

const Verb* SentenceGrammar::verb_taking_object(unsigned kinds) {
  std::vector<const Verb*> fitting;
  for (const Verb& verb : lexicon_.verbs) {
    if (verb.frame == Frame::Transitive && (verb.object_kinds & kinds)) fitting.push_back(&verb);
  }
  return fitting.empty() ? nullptr : rng_.pick(fitting);
}

const Verb* SentenceGrammar::verb_with_subject(unsigned kinds) {
  std::vector<const Verb*> fitting;
  for (const Verb& verb : lexicon_.verbs) {
    if (verb.subject_kinds & kinds) fitting.push_back(&verb);
  }
  return fitting.empty() ? nullptr : rng_.pick(fitting);
}

// "I read" could be the present or the past; such a verb takes the perfect
// ("I have read") instead of the simple past, so the source always tells.
SentenceGrammar::Tense SentenceGrammar::tense_for(const Verb& verb) {
  const auto tense = past_only_ ? Tense::Past : static_cast<Tense>(rng_.weighted({55, 25, 20}));
  return tense == Tense::Past && verb.past == verb.base ? Tense::Perfect : tense;
}

SentenceGrammar::Polarity SentenceGrammar::polarity() {
  return static_cast<Polarity>(rng_.weighted({78, 15, 7}));
}

}  // namespace attnviz
