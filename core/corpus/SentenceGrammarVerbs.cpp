// Verb groups: tense, negation, frequency adverbs and object clitics, in
// English order and in French order.
//
//   she does not eat       ->  elle ne mange pas      (not -> ne, pas)
//   she has often read it  ->  elle l' a souvent lu    (clitic before the verb)
//   she went               ->  elle est allée         (went -> est, allée)
//   does she sleep         ->  est-ce qu' elle dort   (the question fronts "does" later)
//   she has been sad       ->  elle a été triste      (has -> a, been -> été)

#include "corpus/SentenceGrammar.h"

namespace attnviz {
namespace {

bool third_singular(const Agreement& a) { return a.person == 2 && !a.plural; }

size_t person(const Agreement& a) { return static_cast<size_t>(a.person); }

// People type "doesn't" about as often as "does not"; "am" has no such form.
constexpr double kContractedNot = 0.3;

}  // namespace

Phrase SentenceGrammar::verb_group(const VerbGroup& group) {
  note_verb_group(group);
  const Meanings c{meaning(), meaning(), meaning(), meaning()};
  Phrase out = english_verb_group(group, c);
  out.target = french_verb_group(group, c);
  return out;
}

void SentenceGrammar::note_verb_group(const VerbGroup& group) {
  if (group.polarity != Polarity::Affirmative) note("negation");
  if (group.tense == Tense::Present) return note("present");
  note("passé composé");
  if (group.verb->etre) note("passé composé with être");
  const bool agrees = group.preceding_object && (group.preceding_object->plural ||
                                                 group.preceding_object->gender == Gender::Feminine);
  if (!group.verb->etre && agrees) note("participle agreeing with a preceding object");
}

Phrase SentenceGrammar::english_verb_group(const VerbGroup& group, const Meanings& c) {
  const Verb& verb = *group.verb;
  const bool third = third_singular(group.subject);
  const bool frequency = group.adverb && group.adverb->slot == Adverb::Slot::Frequency;
  Phrase out;
  std::vector<Word>& en = out.source;
  const bool negative = group.polarity == Polarity::Not;
  const bool never = group.polarity == Polarity::Never;
  const bool auxiliary = negative || group.do_support;  // "does not eat", "does she eat"
  const auto negation = [&] { return negation_word(group.polarity, c.negation, en.empty() ? "" : en.back().text); };
  switch (group.tense) {
    case Tense::Present:
      if (auxiliary) en.push_back(source(third ? "does" : "do", c.auxiliary));
      if (negative || never) en.push_back(negation());
      if (frequency) en.push_back(source(group.adverb->words.english[0], group.adverb_meaning));
      en.push_back(source(auxiliary ? verb.base : (third ? verb.third : verb.base), c.verb));
      break;
    case Tense::Past:
      if (auxiliary) en.push_back(source("did", c.auxiliary));
      if (negative || never) en.push_back(negation());
      if (frequency) en.push_back(source(group.adverb->words.english[0], group.adverb_meaning));
      en.push_back(source(auxiliary ? verb.base : verb.past, c.verb));
      if (!auxiliary) en.back().tags.push_back({c.auxiliary, true});  // "ate" is also the "a" of "a mangé"
      break;
    case Tense::Perfect:
      en.push_back(source(third ? "has" : "have", c.auxiliary));
      if (negative || never) en.push_back(negation());
      if (frequency) en.push_back(source(group.adverb->words.english[0], group.adverb_meaning));
      en.push_back(source(verb.participle, c.verb));
      break;
  }
  if (!verb.particle.empty()) en.push_back({verb.particle, {{c.verb, false}}, false});
  if (group.clitic) en.push_back(source(group.clitic->english_object, c.clitic));
  return out;
}

std::vector<Word> SentenceGrammar::french_verb_group(const VerbGroup& group, const Meanings& c) {
  const Verb& verb = *group.verb;
  const bool negated = group.polarity != Polarity::Affirmative;
  std::vector<Word> fr;
  if (negated) fr.push_back(target("ne", c.negation));
  if (group.clitic) fr.push_back(target(group.clitic->french_object, c.clitic));
  if (group.tense == Tense::Present) {
    fr.push_back(target(verb.present[person(group.subject)], c.verb));
    if (group.polarity == Polarity::Not || group.do_support) fr.back().tags.push_back({c.auxiliary, false});  // do-support
  } else {
    const Verb& auxiliary = verb.etre ? lexicon_.be : lexicon_.have;
    fr.push_back(target(auxiliary.present[person(group.subject)], c.auxiliary));
  }
  if (negated) fr.push_back(target(group.polarity == Polarity::Never ? "jamais" : "pas", c.negation));
  if (group.adverb) fr.push_back(target(group.adverb->words.french[0], group.adverb_meaning));
  if (group.tense != Tense::Present) {
    const Agreement agrees_with = verb.etre ? group.subject : group.preceding_object.value_or(Agreement{});
    fr.push_back(target(verb.participle_form(agrees_with), c.verb));
  }
  return fr;
}

// "she is not tired" -> "elle n'est pas fatiguée" (the adjective comes
// after); "she has been tired" -> "elle a été fatiguée".
Phrase SentenceGrammar::copula(const Agreement& subject, Tense tense, Polarity polarity, const Adverb* adverb,
                               int adverb_meaning) {
  const int be = meaning(), negation = meaning(), auxiliary = meaning();
  const bool perfect = tense == Tense::Perfect;
  const bool negated = polarity != Polarity::Affirmative;
  note(perfect ? "been" : "present");
  if (negated) note("negation");
  const char* english = perfect ? (third_singular(subject) ? "has" : "have")
                                : (subject.person == 0 ? "am" : (third_singular(subject) ? "is" : "are"));
  Phrase out{{source(english, perfect ? auxiliary : be)}, {}};
  if (negated) {
    out.source.push_back(negation_word(polarity, negation, english));
    out.target.push_back(target("ne", negation));
  }
  out.target.push_back(perfect ? target(lexicon_.have.present[person(subject)], auxiliary)
                               : target(lexicon_.be.present[person(subject)], be));
  if (negated) out.target.push_back(target(polarity == Polarity::Never ? "jamais" : "pas", negation));
  if (adverb) {
    out.source.push_back(source(adverb->words.english[0], adverb_meaning));
    out.target.push_back(target(adverb->words.french[0], adverb_meaning));
  }
  if (perfect) {
    out.source.push_back(source("been", be));
    out.target.push_back(target(lexicon_.be.french_participle, be));
  }
  return out;
}

// "not", or "n't" glued to the auxiliary before it ("doesn't", "isn't").
Word SentenceGrammar::negation_word(Polarity polarity, int c, const std::string& auxiliary) {
  if (polarity == Polarity::Never) return source("never", c);
  const bool contractible = !auxiliary.empty() && auxiliary != "am";
  if (contractible && rng_.chance(kContractedNot)) {
    note("contracted negation");
    return source("n't", c);
  }
  return source("not", c);
}

}  // namespace attnviz
