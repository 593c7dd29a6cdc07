#pragma once
// The synchronous grammar: each rule writes the English words and their
// French translation at once, in each language's own order, tagging the
// words with shared meanings (see Phrase.h) so that the gold alignment
// comes out with the pair.
//
// Basic usage:
//   Rng rng(7);
//   SentenceGrammar grammar(Lexicon::english_french(), rng);
//   GeneratedSentence s = grammar.sentence(SentenceStyle{});
//   // s.pair.source: {"the", "red", "car", "is", "in", "the", "garden"},
//   // s.pair.target: {"la", "voiture", "rouge", "est", "dans", "le", "jardin"},
//   // s.pair.gold.sure: 0-0 1-2 2-1 3-3 ..., s.combinations: {"adj:red+car"}
//
// Decisions on alignment (Och & Ney sure/possible):
//  - words with no counterpart stay unaligned: the partitive and plural
//    "du"/"des" (eats bread -> mange du pain) and the article of a noun
//    compound's modifier; that compound's "de" is a possible link to the
//    modifier (the kitchen table -> la table de la cuisine);
//  - one word to several: "ate" -> "a mangé" and "not" -> "ne ... pas" are
//    sure on every part; do-support "does" is a possible link to the verb;
//    "did" and "has" are sure links to the auxiliary;
//  - contractions keep both sources: "to the" -> "au" is two sure links;
//  - "'s" -> "de" is sure, and a possible link to the possessed noun's
//    article, which English does not have.

#include "corpus/Lexicon.h"
#include "corpus/Phrase.h"
#include "corpus/Rng.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attnviz {

// How elaborate sentences are; the long splits raise the clause counts.
struct SentenceStyle {
  double second_clause = 0.18;    // "... and ..." / "..., but ..."
  double third_clause = 0.0;      // a third clause after a second
  double further_clause = 0.0;    // each clause after the third
  double relative_clause = 0.07;  // per noun phrase that may take one
  bool questions = true;          // also questions and imperatives, not only statements
  double unpunctuated = 0.1;      // no final . ? ! (as typed in a hurry)
};

struct GeneratedSentence {
  SentencePair pair;
  // The word combinations in it ("adj:red+car", "obj:eat+bread"), so that
  // the corpus can hold some out of training for the novel split.
  std::vector<std::string> combinations;
  // The phenomena it shows ("negation", "adjective after noun"...), each
  // once, for measuring their proportions and for finding them in tests.
  std::vector<std::string> phenomena;
};

class SentenceGrammar {
 public:
  SentenceGrammar(const Lexicon& lexicon, Rng& rng) : lexicon_(lexicon), rng_(rng) {}

  GeneratedSentence sentence(const SentenceStyle& style);

 private:
  enum class Role { Subject, Object, Oblique, Possessor };
  enum class Tense { Present, Past, Perfect };  // Past and Perfect both give the passé composé
  enum class Polarity { Affirmative, Not, Never };
  enum class Determiner { Definite, Indefinite, Bare, Possessive, Demonstrative, Number };

  struct NounPhrase {
    Phrase phrase;
    Agreement agreement;
    unsigned kinds = kind::kPerson;
    const Noun* noun = nullptr;  // null for a pronoun or coordination
  };

  struct NounRequest {
    unsigned kinds = 0;
    Role role = Role::Object;
    bool negated = false;   // a negated direct object: "pas de pain"
    bool relative = true;   // may take a relative clause
  };

  // How a main clause's predicate is shaped by its sentence type.
  struct PredicateShape {
    bool question = false;    // do-support and no negation: "does she sleep", "did she eat"
    bool adverbs = true;      // frequency and manner adverbs in the verb group
    bool clitic = true;       // an object pronoun before the French verb
    bool adjuncts = true;     // prepositional phrases and time adverbs at the end
    bool object = true;       // false: the object is the question word ("what does she eat")
    bool destination = true;  // false: "where does she go"
  };

  struct VerbGroup {
    VerbGroup(const Verb* verb, Agreement subject, Tense tense, Polarity polarity)
        : verb(verb), subject(subject), tense(tense), polarity(polarity) {}

    const Verb* verb = nullptr;
    Agreement subject;
    Tense tense = Tense::Present;
    Polarity polarity = Polarity::Affirmative;
    bool do_support = false;                     // a question's "does"/"did", fronted later
    const Adverb* adverb = nullptr;              // Frequency or ShortManner, after the French verb
    int adverb_meaning = 0;
    const PersonalPronoun* clitic = nullptr;     // object pronoun: elle le voit
    std::optional<Agreement> preceding_object;   // agrees an avoir participle: la lettre qu'elle a écrite
  };

  // Sentence types (SentenceGrammarTypes.cpp): statements, questions and
  // imperatives with their final punctuation.
  Phrase typed_sentence();
  Phrase statement();
  Phrase fronted_word();
  struct ClauseParts {
    NounPhrase subject;
    Phrase predicate;
  };
  ClauseParts clause_parts(const PredicateShape& shape, bool copula_allowed);
  Phrase yes_no_question();
  Phrase wh_question();
  Phrase where_is_question();
  Phrase adverbial_question(std::string_view english, std::string_view french);
  Phrase object_question(std::string_view english, std::string_view french, unsigned kinds);
  Phrase subject_question();
  Phrase imperative_clause();
  Phrase inverted(const NounPhrase& subject, const Phrase& predicate, const Phrase& question_word);
  Phrase final_mark(const char* mark);
  Phrase coordinated(Phrase (SentenceGrammar::*clause)());
  Phrase comma();

  // Sentences and clauses (SentenceGrammar.cpp).
  Phrase clause();
  Phrase conjunction();
  NounPhrase subject(unsigned kinds, bool agreement_shown);
  Phrase predicate(const Agreement& subject, const Verb& verb, Tense tense, const PredicateShape& shape);
  void choose_verb_adverb(VerbGroup& group);
  const Adverb& adverb_in(Adverb::Slot slot);
  Phrase complement_of(const Verb& verb, VerbGroup& group, const PredicateShape& shape);
  Phrase direct_object(const Verb& verb, Polarity polarity);
  Phrase object_list(const Verb& verb);
  Phrase destination(const Verb& verb);
  Phrase recipient(const Verb& verb);
  const PersonalPronoun* clitic_for(const Verb& verb, const Agreement& subject);
  Phrase copula_clause(const NounPhrase& subject, bool question = false);
  Phrase adjuncts(const Verb& verb, Tense tense);
  Phrase prepositional_phrase(bool locative);  // locative: only "in", "near"... (for "is in the garden")
  Phrase fixed_phrase(const FixedPhrase& words);
  Phrase relative_clause(const NounPhrase& antecedent);
  const Verb* verb_taking_object(unsigned kinds);
  const Verb* verb_with_subject(unsigned kinds);
  Tense tense_for(const Verb& verb);
  Polarity polarity();

  // Verb groups (SentenceGrammarVerbs.cpp).
  struct Meanings {
    int verb, auxiliary, negation, clitic;
  };
  Phrase verb_group(const VerbGroup& group);
  void note_verb_group(const VerbGroup& group);
  Phrase english_verb_group(const VerbGroup& group, const Meanings& c);
  std::vector<Word> french_verb_group(const VerbGroup& group, const Meanings& c);
  Phrase copula(const Agreement& subject, Tense tense, Polarity polarity, const Adverb* adverb, int adverb_meaning);
  Word negation_word(Polarity polarity, int meaning, const std::string& auxiliary);

  // Noun phrases (SentenceGrammarNouns.cpp).
  NounPhrase noun_phrase(const NounRequest& request);
  NounPhrase pronoun_phrase(const PersonalPronoun& pronoun);
  NounPhrase coordinated_subject(unsigned kinds);
  Phrase modified_noun(const NounPhrase& np, const Adjective* pre, const Phrase& compound);
  Phrase determiner(Determiner det, const Agreement& agreement, const NounRequest& request, bool adjective_first);
  Phrase possessive(const Agreement& agreement, int meaning);
  Phrase adjective(const Adjective& adjective, const Agreement& agreement, bool vowel_next);
  Phrase possessor_construction(const Agreement& head, const Phrase& modified_head);
  Phrase compound_modifier(const Noun& head);
  Phrase of_complement();
  Determiner choose_determiner(const Noun& noun, bool plural, Role role);
  const Noun& noun_of(unsigned kinds);
  // Records the adjective-noun combination when `noun` is given.
  const Adjective* adjective_for(unsigned kinds, const Noun* noun, bool before_noun);

  int meaning() { return ++meanings_; }
  void note(const char* phenomenon) { phenomena_.emplace_back(phenomenon); }
  void note_spelling(const SentencePair& pair);
  Word source(std::string text, int meaning) const;
  Word target(std::string text, int meaning, bool sure = true) const;

  const Lexicon& lexicon_;
  Rng& rng_;
  SentenceStyle style_;
  int meanings_ = 0;
  int relative_depth_ = 0;  // relative clauses do not nest
  bool past_only_ = false;   // "Yesterday, ...": every clause in the past
  bool time_given_ = false;  // a fronted time adverbial: no second one at the end
  std::vector<std::string> combinations_;
  std::vector<std::string> phenomena_;
  std::map<unsigned, std::vector<const Noun*>> nouns_by_kinds_;
};

}  // namespace attnviz
