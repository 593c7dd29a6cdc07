// Every phenomenon the corpus promises, checked on every occurrence in a
// generated corpus: the French words and the gold links. Each test also
// requires a minimum number of occurrences, so it cannot pass vacuously.
#include "CorpusTestData.h"

#include "corpus/Morphology.h"

#include <gtest/gtest.h>

#include <set>

namespace attnviz {
namespace {

using test::joined;
using test::possible_targets;
using test::sure_sources;
using test::sure_targets;

const std::vector<SentencePair>& train() { return test::small_corpus().train; }

Agreement agreement_of(const Noun& noun, bool plural) { return {noun.gender, plural, plural ? 5 : 2}; }

bool one_of(const std::string& word, std::initializer_list<const char*> words) {
  for (const char* w : words) {
    if (word == w) return true;
  }
  return false;
}

std::string context(const SentencePair& pair) { return joined(pair.source) + " -> " + joined(pair.target); }

struct AdjectiveNoun {
  int at;  // index of the determiner; the adjective and noun follow it
  const Adjective* adjective;
  const Noun* noun;
  bool plural;
};

// Every "DET ADJ NOUN" with the adjective on the given side of the French
// noun, leaving out noun compounds ("the red kitchen table").
std::vector<AdjectiveNoun> adjective_nouns(const SentencePair& pair, bool before_noun) {
  std::vector<AdjectiveNoun> out;
  const auto& s = pair.source;
  for (int i = 0; i + 2 < static_cast<int>(s.size()); ++i) {
    bool plural = false;
    const Adjective* adjective = test::adjective_named(s[static_cast<size_t>(i + 1)]);
    const Noun* noun = test::noun_named(s[static_cast<size_t>(i + 2)], &plural);
    const bool compound = i + 3 < static_cast<int>(s.size()) && test::noun_named(s[static_cast<size_t>(i + 3)]);
    const bool determiner = one_of(s[static_cast<size_t>(i)], {"the", "a", "an"});
    if (determiner && adjective && adjective->before_noun == before_noun && noun && !compound) {
      out.push_back({i, adjective, noun, plural});
    }
  }
  return out;
}

// The French noun's index, after checking it is the noun's translation.
int french_noun_at(const SentencePair& pair, const AdjectiveNoun& found) {
  const std::vector<int> at = sure_targets(pair, found.at + 2);
  if (at.size() != 1) ADD_FAILURE() << context(pair);
  if (at.size() != 1) return -1;
  EXPECT_EQ(pair.target[static_cast<size_t>(at[0])], found.noun->french_form(found.plural)) << context(pair);
  return at[0];
}

// A negated "a" is only a possible link to "de": "pas de petite maison".
std::vector<int> determiner_targets(const SentencePair& pair, int i) {
  const std::vector<int> sure = sure_targets(pair, i);
  return sure.empty() ? possible_targets(pair, i) : sure;
}

// "the red car" -> "la voiture rouge", links 0-0 1-2 2-1 within the phrase.
TEST(CorpusPhenomena, adjectivesAfterTheNounCrossAndAgree) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    for (const AdjectiveNoun& found : adjective_nouns(pair, false)) {
      const int j = french_noun_at(pair, found);
      ASSERT_GE(j, 0);
      EXPECT_EQ(determiner_targets(pair, found.at), std::vector<int>{j - 1}) << context(pair);
      EXPECT_EQ(sure_targets(pair, found.at + 1), std::vector<int>{j + 1}) << context(pair);
      EXPECT_EQ(pair.target[static_cast<size_t>(j + 1)],
                found.adjective->form(agreement_of(*found.noun, found.plural), false))
          << context(pair);
      ++seen;
    }
  }
  EXPECT_GT(seen, 100);
}

// "a small house" -> "une petite maison", "an old man" -> "un vieil homme".
TEST(CorpusPhenomena, adjectivesBeforeTheNounKeepTheOrderAndAgree) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    for (const AdjectiveNoun& found : adjective_nouns(pair, true)) {
      const int j = french_noun_at(pair, found);
      ASSERT_GE(j, 0);
      EXPECT_EQ(determiner_targets(pair, found.at), std::vector<int>{j - 2}) << context(pair);
      EXPECT_EQ(sure_targets(pair, found.at + 1), std::vector<int>{j - 1}) << context(pair);
      const bool vowel = french_vowel_initial(pair.target[static_cast<size_t>(j)]);
      EXPECT_EQ(pair.target[static_cast<size_t>(j - 1)],
                found.adjective->form(agreement_of(*found.noun, found.plural), vowel))
          << context(pair);
      ++seen;
    }
  }
  EXPECT_GT(seen, 50);
}

TEST(CorpusPhenomena, frenchElidesBeforeEveryVowelAndOnlyThere) {
  int elisions = 0;
  for (const SentencePair& pair : train()) {
    const auto& t = pair.target;
    for (size_t j = 0; j + 1 < t.size(); ++j) {
      const bool vowel = french_vowel_initial(t[j + 1]);
      if (one_of(t[j], {"le", "la", "je", "me", "ne", "de", "que", "ma", "sa", "ce"})) {
        EXPECT_FALSE(vowel) << context(pair);
      }
      if (t[j].ends_with('\'')) {
        EXPECT_TRUE(vowel) << context(pair);
        ++elisions;
      }
    }
  }
  EXPECT_GT(elisions, 500);
}

// The pronoun subject's verb, present tense: je mange, vous mangez...
TEST(CorpusPhenomena, presentTenseIsConjugatedForEveryPerson) {
  const Lexicon& lexicon = Lexicon::english_french();
  std::set<int> persons;
  for (const SentencePair& pair : train()) {
    for (const PersonalPronoun& pronoun : lexicon.pronouns) {
      if (pair.source[0] != pronoun.english_subject || pair.source.size() < 2) continue;
      for (const Verb& verb : lexicon.verbs) {
        const std::string& english = pronoun.agreement.person == 2 ? verb.third : verb.base;
        // "read" could be the past; "have" could be the auxiliary of "sont venus".
        if (pair.source[1] != english || verb.past == verb.base || verb.base == "have") continue;
        const std::vector<int> at = sure_targets(pair, 1);
        ASSERT_EQ(at.size(), 1u) << context(pair);
        EXPECT_EQ(pair.target[static_cast<size_t>(at[0])], verb.present[static_cast<size_t>(pronoun.agreement.person)])
            << context(pair);
        persons.insert(pronoun.agreement.person);
      }
    }
  }
  EXPECT_EQ(persons, (std::set<int>{0, 2, 3, 4, 5}));  // je il/elle nous vous ils (English has no "tu")
}

// "she went" -> "elle est allée": one word to the auxiliary and the
// participle, which agrees with the subject when the auxiliary is être.
TEST(CorpusPhenomena, simplePastBecomesPasseComposeWithEtreAgreement) {
  const Lexicon& lexicon = Lexicon::english_french();
  int avoir = 0, etre_feminine = 0;
  for (const SentencePair& pair : train()) {
    for (const PersonalPronoun& pronoun : lexicon.pronouns) {
      if (pair.source[0] != pronoun.english_subject || pair.source.size() < 2) continue;
      for (const Verb& verb : lexicon.verbs) {
        if (pair.source[1] != verb.past || verb.past == verb.base) continue;
        const std::vector<int> at = sure_targets(pair, 1);
        ASSERT_EQ(at.size(), 2u) << context(pair);
        const size_t person = static_cast<size_t>(pronoun.agreement.person);
        EXPECT_EQ(pair.target[static_cast<size_t>(at[0])], (verb.etre ? lexicon.be : lexicon.have).present[person]);
        const std::string& participle = pair.target[static_cast<size_t>(at[1])];
        if (verb.etre) {
          EXPECT_EQ(participle, verb.participle_form(pronoun.agreement)) << context(pair);
          etre_feminine += pronoun.agreement.gender == Gender::Feminine;
        } else {
          EXPECT_TRUE(participle.starts_with(verb.french_participle)) << context(pair);
          ++avoir;
        }
      }
    }
  }
  EXPECT_GT(avoir, 30);
  EXPECT_GT(etre_feminine, 0);
}

// "does not eat" -> "ne mange pas": "not" links to both, with a gap.
TEST(CorpusPhenomena, negationLinksOneWordToTwoAroundTheVerb) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    for (int i = 0; i < static_cast<int>(pair.source.size()); ++i) {
      if (!one_of(pair.source[static_cast<size_t>(i)], {"not", "never"})) continue;
      const std::vector<int> at = sure_targets(pair, i);
      ASSERT_EQ(at.size(), 2u) << context(pair);
      EXPECT_TRUE(one_of(pair.target[static_cast<size_t>(at[0])], {"ne", "n'"})) << context(pair);
      EXPECT_TRUE(one_of(pair.target[static_cast<size_t>(at[1])], {"pas", "jamais"})) << context(pair);
      EXPECT_GE(at[1] - at[0], 2) << context(pair);
      ++seen;
    }
  }
  EXPECT_GT(seen, 500);
}

// "she sees him" -> "elle le voit": the pronoun moves before the verb.
TEST(CorpusPhenomena, objectPronounsGoBeforeTheVerb) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    const auto& s = pair.source;
    for (int i = 2; i < static_cast<int>(s.size()); ++i) {
      if (!one_of(s[static_cast<size_t>(i)], {"him", "them", "me", "us"})) continue;
      const int verb = one_of(s[static_cast<size_t>(i - 1)], {"for", "to"}) ? i - 2 : i - 1;
      const std::vector<int> pronoun_at = sure_targets(pair, i), verb_at = sure_targets(pair, verb);
      ASSERT_EQ(pronoun_at.size(), 1u) << context(pair);
      ASSERT_FALSE(verb_at.empty()) << context(pair);
      EXPECT_TRUE(one_of(pair.target[static_cast<size_t>(pronoun_at[0])], {"le", "l'", "les", "me", "m'", "nous"}))
          << context(pair);
      EXPECT_LT(pronoun_at[0], verb_at.front()) << context(pair);
      ++seen;
    }
  }
  EXPECT_GT(seen, 100);
}

// "to the market" -> "au marché", "of the house" -> "de la maison" / "du".
TEST(CorpusPhenomena, contractionsLinkTwoWordsToOne) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    for (int j = 0; j < static_cast<int>(pair.target.size()); ++j) {
      const std::string& word = pair.target[static_cast<size_t>(j)];
      const std::vector<int> from = sure_sources(pair, j);
      if (one_of(word, {"au", "aux"})) {
        ASSERT_FALSE(from.empty()) << context(pair);
        EXPECT_TRUE(one_of(pair.source[static_cast<size_t>(from[0])], {"to", "at"})) << context(pair);
        // "at the girl's theatre" -> "au théâtre de la fille": the article is
        // the one French adds for "'s", a possible link.
        if (from.size() == 2) EXPECT_EQ(pair.source[static_cast<size_t>(from[1])], "the") << context(pair);
        else EXPECT_EQ(test::possible_sources(pair, j).size(), 1u) << context(pair);
        ++seen;
      } else if (one_of(word, {"du", "des"}) && from.size() == 2) {
        EXPECT_TRUE(one_of(pair.source[static_cast<size_t>(from[0])], {"of", "the"})) << context(pair);
        ++seen;
      }
    }
  }
  EXPECT_GT(seen, 200);
}

// "eats bread" -> "mange du pain": the article has no English source.
TEST(CorpusPhenomena, partitiveArticlesStayUnaligned) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    for (int i = 1; i < static_cast<int>(pair.source.size()); ++i) {
      const Noun* noun = test::noun_named(pair.source[static_cast<size_t>(i)]);
      const std::string& before = pair.source[static_cast<size_t>(i - 1)];
      if (!noun || !noun->mass() || test::adjective_named(before) || test::noun_named(before)) continue;
      if (one_of(before, {"the", "a", "my", "your", "his", "her", "our", "their", "this", "that", "'s", "of"})) continue;
      const std::vector<int> at = sure_targets(pair, i);
      ASSERT_EQ(at.size(), 1u) << context(pair);
      const size_t j = static_cast<size_t>(at[0]);
      ASSERT_GE(j, 1u);
      const std::string& article = pair.target[j - 1];
      if (!one_of(article, {"du", "l'", "la", "de", "d'"})) continue;  // "ne mange pas de pain" too
      EXPECT_TRUE(sure_sources(pair, static_cast<int>(j - 1)).empty()) << context(pair);
      ++seen;
    }
  }
  EXPECT_GT(seen, 50);
}

// "my sister's cat" -> "le chat de ma sœur": "'s" becomes "de", and the
// owner moves after the thing owned.
TEST(CorpusPhenomena, possessivesSwapTheTwoNounPhrases) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    for (int i = 1; i + 1 < static_cast<int>(pair.source.size()); ++i) {
      if (pair.source[static_cast<size_t>(i)] != "'s") continue;
      const std::vector<int> de = sure_targets(pair, i), owner = sure_targets(pair, i - 1);
      ASSERT_EQ(de.size(), 1u) << context(pair);
      EXPECT_TRUE(one_of(pair.target[static_cast<size_t>(de[0])], {"de", "d'", "du", "des"})) << context(pair);
      ASSERT_EQ(owner.size(), 1u) << context(pair);
      EXPECT_GT(owner[0], de[0]) << context(pair);
      const std::vector<int> article = possible_targets(pair, i);
      ASSERT_EQ(article.size(), 1u) << context(pair);
      EXPECT_LT(article[0], de[0]) << context(pair);
      ++seen;
    }
  }
  EXPECT_GT(seen, 200);
}

// "the kitchen table" -> "la table de la cuisine".
TEST(CorpusPhenomena, nounCompoundsPutTheModifierAfterWithDe) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    const auto& s = pair.source;
    for (int i = 0; i + 1 < static_cast<int>(s.size()); ++i) {
      const Noun* modifier = test::noun_named(s[static_cast<size_t>(i)]);
      const Noun* head = test::noun_named(s[static_cast<size_t>(i + 1)]);
      if (!modifier || !head || !(modifier->kinds & kind::kRoom)) continue;
      const std::vector<int> modifier_at = sure_targets(pair, i), head_at = sure_targets(pair, i + 1);
      ASSERT_EQ(modifier_at.size(), 1u) << context(pair);
      EXPECT_GT(modifier_at[0], head_at.at(0)) << context(pair);
      EXPECT_EQ(pair.target[static_cast<size_t>(modifier_at[0])], modifier->french) << context(pair);
      const std::vector<int> de = possible_targets(pair, i);
      ASSERT_EQ(de.size(), 1u) << context(pair);
      EXPECT_TRUE(one_of(pair.target[static_cast<size_t>(de[0])], {"de", "du"})) << context(pair);
      ++seen;
    }
  }
  EXPECT_GT(seen, 100);
}

// "she often reads" -> "elle lit souvent".
TEST(CorpusPhenomena, frequencyAdverbsMoveAfterTheFrenchVerb) {
  const Lexicon& lexicon = Lexicon::english_french();
  int seen = 0;
  for (const SentencePair& pair : train()) {
    if (pair.source[0] == "did") continue;  // "did she often cook" -> "a souvent cuisiné", the perfect's order
    for (int i = 0; i + 1 < static_cast<int>(pair.source.size()); ++i) {
      if (!one_of(pair.source[static_cast<size_t>(i)], {"often", "always", "sometimes", "rarely", "usually"})) continue;
      const std::string& next = pair.source[static_cast<size_t>(i + 1)];
      const bool present_verb = std::any_of(lexicon.verbs.begin(), lexicon.verbs.end(), [&](const Verb& v) {
        return (next == v.base || next == v.third) && v.past != v.base;
      });
      const bool perfect = i > 0 && one_of(pair.source[static_cast<size_t>(i - 1)], {"has", "have"});
      // "is often clean": after the copula, "clean" is the adjective, not the verb.
      const bool copula = i > 0 && one_of(pair.source[static_cast<size_t>(i - 1)], {"is", "are", "am"});
      if (!present_verb || perfect || copula) continue;  // "a souvent lu" keeps the English order
      const std::vector<int> adverb_at = sure_targets(pair, i), verb_at = sure_targets(pair, i + 1);
      ASSERT_EQ(adverb_at.size(), 1u) << context(pair);
      ASSERT_EQ(verb_at.size(), 1u) << context(pair);
      EXPECT_EQ(adverb_at[0], verb_at[0] + 1) << context(pair);
      ++seen;
    }
  }
  EXPECT_GT(seen, 30);
}

TEST(CorpusPhenomena, relativePronounsAreTranslated) {
  int who = 0, that = 0;
  for (const SentencePair& pair : train()) {
    for (int i = 1; i < static_cast<int>(pair.source.size()); ++i) {
      const std::string& word = pair.source[static_cast<size_t>(i)];
      const bool after_noun = test::noun_named(pair.source[static_cast<size_t>(i - 1)]) != nullptr;
      if (word != "who" && !(word == "that" && after_noun)) continue;
      const std::vector<int> at = sure_targets(pair, i);
      ASSERT_EQ(at.size(), 1u) << context(pair);
      const std::string& french = pair.target[static_cast<size_t>(at[0])];
      if (one_of(french, {"ce", "cet", "cette"})) continue;  // "cooks that chocolate": "cooks" is also a noun
      if (word == "who") EXPECT_EQ(french, "qui") << context(pair);
      else EXPECT_TRUE(one_of(french, {"qui", "que", "qu'"})) << context(pair);
      (word == "who" ? who : that) += 1;
    }
  }
  EXPECT_GT(who, 30);
  EXPECT_GT(that, 30);
}

}  // namespace
}  // namespace attnviz
