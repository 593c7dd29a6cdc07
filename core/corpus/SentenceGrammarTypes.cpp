// Sentence types, as people type them: statements (some with a fronted
// "Yes," or "Today,"), yes/no and wh-questions, questions about the
// subject and imperatives, each with its final punctuation mark.
//
//   Does the dog sleep?       ->  Est-ce que le chien dort ?
//   Where does she eat?       ->  Où est-ce qu' elle mange ?
//   Where is the cat?         ->  Où est le chat ?
//   What does the cat eat?    ->  Qu' est-ce que le chat mange ?
//   Who has eaten the bread?  ->  Qui a mangé le pain ?
//   Do not drink the water!   ->  Ne buvez pas l' eau !
//   Yesterday, she slept.     ->  Hier, elle a dormi.
//
// Links: "est-ce que" has no English word of its own; both words are
// possible links to the fronted auxiliary ("does", "did", "has", "is"),
// which keeps its own links (do-support a possible one to the verb, "has"
// a sure one to "a"). A wh-word is a sure link to its French word ("what"
// to the "qu'" of "qu'est-ce que"); punctuation marks link to each other.

#include "corpus/SentenceGrammar.h"

#include <array>
#include <set>
#include <string_view>
#include <utility>

namespace attnviz {
namespace {

constexpr double kFronted = 0.08;
constexpr double kCopulaClause = 0.15;
constexpr double kCommaOnly = 0.4;  // "A, B and C": a comma where a conjunction could be

void append(std::vector<Word>& to, const std::vector<Word>& from) { to.insert(to.end(), from.begin(), from.end()); }

}  // namespace

Phrase SentenceGrammar::typed_sentence() {
  if (!style_.questions) return statement() + final_mark(".");
  switch (rng_.weighted({68, 8, 12, 4, 8})) {
    case 0:
      return statement() + final_mark(rng_.chance(0.05) ? "!" : ".");
    case 1:
      return yes_no_question() + final_mark("?");
    case 2:
      return wh_question() + final_mark("?");
    case 3:
      return subject_question() + final_mark("?");
    default:
      note("imperative");
      return coordinated(&SentenceGrammar::imperative_clause) + final_mark(rng_.chance(0.6) ? "!" : ".");
  }
}

Phrase SentenceGrammar::final_mark(const char* mark) {
  if (rng_.chance(style_.unpunctuated)) {
    note("no final punctuation");
    return {};
  }
  const int c = meaning();
  return {{source(mark, c)}, {target(mark, c)}};
}

Phrase SentenceGrammar::comma() {
  const int c = meaning();
  return {{source(",", c)}, {target(",", c)}};
}

Phrase SentenceGrammar::statement() {
  Phrase out = rng_.chance(kFronted) ? fronted_word() : Phrase{};
  return out + coordinated(&SentenceGrammar::clause);
}

// One clause or several, as the style asks, joined by "and" / "but"; of
// three or more, all but the last join may be a bare comma ("A, B, and C").
Phrase SentenceGrammar::coordinated(Phrase (SentenceGrammar::*make)()) {
  int clauses = 1;
  if (rng_.chance(style_.second_clause)) {
    clauses = 2;
    if (rng_.chance(style_.third_clause)) {
      do ++clauses; while (rng_.chance(style_.further_clause));
    }
  }
  Phrase out = (this->*make)();
  if (clauses > 1) note("coordination");
  for (int i = 1; i < clauses; ++i) {
    const bool last = i == clauses - 1;
    out += (!last && rng_.chance(kCommaOnly) ? comma() : conjunction()) + (this->*make)();
  }
  return out;
}

// "Yes, ...", "No, ...", "Today, ...", "Yesterday, ..." (then every clause
// is in the past, and no second time adverb follows at the end).
Phrase SentenceGrammar::fronted_word() {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kWords = {
      {{"yes", "oui"}, {"no", "non"}, {"today", "aujourd'hui"}, {"yesterday", "hier"}}};
  note("fronted word and comma");
  const auto& [english, french] = kWords[static_cast<size_t>(rng_.below(static_cast<int>(kWords.size())))];
  past_only_ = english == "yesterday";
  time_given_ = past_only_ || english == "today";
  const int c = meaning();
  return Phrase{{source(std::string(english), c)}, {target(std::string(french), c)}} + comma();
}

SentenceGrammar::ClauseParts SentenceGrammar::clause_parts(const PredicateShape& shape, bool copula_allowed) {
  if (copula_allowed && !past_only_ && rng_.chance(kCopulaClause)) {
    NounPhrase subj = subject(kind::kConcrete, true);
    Phrase copula = copula_clause(subj, shape.question);
    return {std::move(subj), std::move(copula)};
  }
  const Verb& verb = rng_.pick(lexicon_.verbs);
  const Tense t = tense_for(verb);
  NounPhrase subj = subject(verb.subject_kinds, verb.etre && t != Tense::Present);
  Phrase pred = predicate(subj.agreement, verb, t, shape);
  return {std::move(subj), std::move(pred)};
}

Phrase SentenceGrammar::yes_no_question() {
  note("yes/no question");
  const auto [subj, pred] = clause_parts({.question = true}, true);
  return inverted(subj, pred, {});
}

Phrase SentenceGrammar::wh_question() {
  note("wh-question");
  switch (rng_.weighted({22, 14, 12, 12, 10, 22, 8})) {
    case 0:
      return where_is_question();
    case 1:
      return adverbial_question("where", "où");
    case 2:
      return adverbial_question("why", "pourquoi");
    case 3:
      return adverbial_question("when", "quand");
    case 4:
      return adverbial_question("how", "comment");
    case 5:
      return object_question("what", "que", ~kind::kPerson);
    default:
      return object_question("who", "qui", kind::kPerson);
  }
}

// "Where is the cat?" -> "Où est le chat ?": French puts a noun subject
// after the verb here, without "est-ce que".
Phrase SentenceGrammar::where_is_question() {
  const NounPhrase subj = noun_phrase({kind::kConcrete, Role::Subject, false, false});
  const int where = meaning(), be = meaning();
  const bool plural = subj.agreement.plural;
  return Phrase{{source("where", where), source(plural ? "are" : "is", be)},
                {target("où", where), target(lexicon_.be.present[plural ? 5 : 2], be)}} +
         subj.phrase;
}

// "Why does the dog sleep?" -> "Pourquoi est-ce que le chien dort ?";
// "Where does she go?" has no destination, and "where" / "how" do not ask
// about a copula ("Where is the cat?" is its own construction).
Phrase SentenceGrammar::adverbial_question(std::string_view english, std::string_view french) {
  const bool where = english == "where";
  const PredicateShape shape{.question = true, .adverbs = false, .adjuncts = false, .destination = !where};
  const auto [subj, pred] = clause_parts(shape, !where && english != "how");
  const int c = meaning();
  return inverted(subj, pred, {{source(std::string(english), c)}, {target(std::string(french), c)}});
}

// "What does the cat eat?" -> "Qu'est-ce que le chat mange ?", "Who does
// the boy see?" -> "Qui est-ce que le garçon voit ?": the object is the
// question word, so an avoir participle stays masculine singular.
Phrase SentenceGrammar::object_question(std::string_view english, std::string_view french, unsigned kinds) {
  const Verb& verb = *verb_taking_object(kinds);
  const Tense t = tense_for(verb);
  const NounPhrase subj = subject(verb.subject_kinds, verb.etre && t != Tense::Present);
  const PredicateShape shape{.question = true, .adverbs = false, .clitic = false, .adjuncts = false, .object = false};
  const Phrase pred = predicate(subj.agreement, verb, t, shape);
  const int c = meaning();
  return inverted(subj, pred, {{source(std::string(english), c)}, {target(std::string(french), c)}});
}

// English fronts the auxiliary, French asks with "est-ce que" and keeps
// the statement's order: [wh] does the dog sleep -> [wh] est-ce que le chien dort.
Phrase SentenceGrammar::inverted(const NounPhrase& subject, const Phrase& predicate, const Phrase& question_word) {
  const Word& auxiliary = predicate.source.front();
  const int c = auxiliary.tags.front().meaning;
  Phrase out = question_word;
  out.source.push_back(auxiliary);
  append(out.source, subject.phrase.source);
  out.source.insert(out.source.end(), predicate.source.begin() + 1, predicate.source.end());
  out.target.push_back(target("est-ce", c, false));
  out.target.push_back(target("que", c, false));
  append(out.target, subject.phrase.target);
  append(out.target, predicate.target);
  return out;
}

// "Who has eaten the bread?" -> "Qui a mangé le pain ?": the statement's
// order in both languages.
Phrase SentenceGrammar::subject_question() {
  note("question about the subject");
  const Verb& verb = *verb_with_subject(kind::kPerson);
  const int c = meaning();
  const Agreement who{Gender::Masculine, false, 2};
  return Phrase{{source("who", c)}, {target("qui", c)}} + predicate(who, verb, tense_for(verb), {});
}

// "Eat the bread!" -> "Mangez le pain !": the vous form without a subject.
// No object pronoun, which French would put after the verb ("Mangez-le"),
// no frequency adverb ("Often eat!"), and none of the verbs whose
// imperative is not their vous form (ayez, sachez, veuillez).
Phrase SentenceGrammar::imperative_clause() {
  static const std::set<std::string_view> kIrregular = {"avez", "savez", "voulez"};
  const Verb* verb = verb_with_subject(kind::kPerson);
  while (kIrregular.contains(verb->present[4])) verb = verb_with_subject(kind::kPerson);
  const Agreement you{Gender::Masculine, true, 4};
  return predicate(you, *verb, Tense::Present, {.adverbs = false, .clitic = false});
}

}  // namespace attnviz
