// The constructions people type first (docs/corpus.md), checked on every
// occurrence in a generated corpus: final punctuation, questions,
// imperatives, fronted words, lists, commas between clauses, "been" and
// "n't". Each test requires a minimum number of occurrences, so it cannot
// pass vacuously.
#include "CorpusTestData.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace attnviz {
namespace {

using test::joined;
using test::possible_targets;
using test::sure_targets;

const std::vector<SentencePair>& train() { return test::small_corpus().train; }

std::string context(const SentencePair& pair) { return joined(pair.source) + " -> " + joined(pair.target); }

bool is_in(const std::string& word, const std::set<std::string>& words) { return words.contains(word); }

const std::set<std::string> kFinalMarks = {".", "?", "!"};
const std::set<std::string> kAuxiliaries = {"does", "do", "did", "is", "are", "am", "has", "have"};
const std::set<std::string> kAdverbialWh = {"where", "why", "when", "how"};

bool ends_with_mark(const std::vector<std::string>& tokens) { return !tokens.empty() && is_in(tokens.back(), kFinalMarks); }

// "que" elides before a vowel: "est-ce qu' elle".
bool is_que(const std::string& word) { return word == "que" || word == "qu'"; }

const Verb* verb_with_base(const std::string& base) {
  for (const Verb& verb : Lexicon::english_french().verbs) {
    if (verb.base == base) return &verb;
  }
  return nullptr;
}

// The English wh-word's French: "où", "pourquoi"...
std::string french_wh(const std::string& english) {
  static const std::map<std::string, std::string> kFrench = {
      {"where", "où"}, {"why", "pourquoi"}, {"when", "quand"}, {"how", "comment"}, {"what", "qu'"}, {"who", "qui"}};
  return kFrench.at(english);
}

// "est-ce que" at target j, j + 1: possible links to the fronted auxiliary at source i only.
void expect_est_ce_que(const SentencePair& pair, size_t j, int auxiliary) {
  ASSERT_LT(j + 1, pair.target.size()) << context(pair);
  EXPECT_EQ(pair.target[j], "est-ce") << context(pair);
  EXPECT_TRUE(is_que(pair.target[j + 1])) << context(pair);
  for (int k : {static_cast<int>(j), static_cast<int>(j + 1)}) {
    EXPECT_TRUE(test::sure_sources(pair, k).empty()) << context(pair);
    EXPECT_EQ(test::possible_sources(pair, k), std::vector<int>{auxiliary}) << context(pair);
  }
}

TEST(CorpusTypedSentences, finalPunctuationIsTheSameMarkOnBothSidesAndLinked) {
  int marked = 0, unmarked = 0;
  for (const SentencePair& pair : train()) {
    const int last_source = static_cast<int>(pair.source.size()) - 1;
    const int last_target = static_cast<int>(pair.target.size()) - 1;
    ASSERT_EQ(ends_with_mark(pair.source), ends_with_mark(pair.target)) << context(pair);
    if (!ends_with_mark(pair.source)) {
      ++unmarked;
      continue;
    }
    EXPECT_EQ(pair.source.back(), pair.target.back()) << context(pair);
    EXPECT_EQ(sure_targets(pair, last_source), std::vector<int>{last_target}) << context(pair);
    ++marked;
  }
  EXPECT_GT(marked, 3000);
  EXPECT_GT(unmarked, 100);  // typed without a final mark, and translated without one
}

TEST(CorpusTypedSentences, questionsEndWithAQuestionMarkAndStatementsDoNot) {
  int questions = 0;
  for (const SentencePair& pair : train()) {
    if (!ends_with_mark(pair.source)) continue;
    const bool asks = is_in(pair.source[0], kAuxiliaries) && pair.source[1] != "not" && pair.source[1] != "n't";
    const bool wh = is_in(pair.source[0], kAdverbialWh) || pair.source[0] == "what" || pair.source[0] == "who";
    EXPECT_EQ(asks || wh, pair.source.back() == "?") << context(pair);
    questions += asks || wh;
  }
  EXPECT_GT(questions, 600);
}

// "does the dog sleep" -> "est-ce que le chien dort"; "has she eaten" -> "est-ce qu' elle a mangé".
TEST(CorpusTypedSentences, yesNoQuestionsAskWithEstCeQue) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    const auto& s = pair.source;
    if (!is_in(s[0], kAuxiliaries) || s[1] == "not" || s[1] == "n't") continue;
    expect_est_ce_que(pair, 0, 0);
    if (s[0] == "has" || s[0] == "have" || s[0] == "did") {
      const std::vector<int> auxiliary = sure_targets(pair, 0);
      ASSERT_EQ(auxiliary.size(), 1u) << context(pair);
      EXPECT_TRUE(is_in(pair.target[static_cast<size_t>(auxiliary[0])], {"ai", "a", "avons", "avez", "ont", "suis", "est",
                                                                          "sommes", "êtes", "sont"}))
          << context(pair);
    }
    ++seen;
  }
  EXPECT_GT(seen, 200);
}

// "where is the cat" -> "où est le chat"; "why does she sleep" ->
// "pourquoi est-ce qu' elle dort"; "what does she eat" -> "qu' est-ce qu' elle mange".
TEST(CorpusTypedSentences, whQuestionsPutTheFrenchQuestionWordFirst) {
  int where_is = 0, with_est_ce_que = 0;
  for (const SentencePair& pair : train()) {
    const auto& s = pair.source;
    const bool object_question = (s[0] == "what" || s[0] == "who") && pair.target.size() > 1 && pair.target[1] == "est-ce";
    if (!is_in(s[0], kAdverbialWh) && !object_question) continue;
    EXPECT_EQ(pair.target[0], french_wh(s[0])) << context(pair);
    EXPECT_EQ(sure_targets(pair, 0), std::vector<int>{0}) << context(pair);
    if (s[0] == "where" && (s[1] == "is" || s[1] == "are")) {
      EXPECT_EQ(pair.target[1], s[1] == "is" ? "est" : "sont") << context(pair);
      EXPECT_EQ(sure_targets(pair, 1), std::vector<int>{1}) << context(pair);
      ++where_is;
      continue;
    }
    EXPECT_TRUE(is_in(s[1], kAuxiliaries)) << context(pair);
    expect_est_ce_que(pair, 1, 1);
    ++with_est_ce_que;
  }
  EXPECT_GT(where_is, 40);
  EXPECT_GT(with_est_ce_que, 150);
}

// "who has eaten the bread" -> "qui a mangé le pain": no est-ce que.
TEST(CorpusTypedSentences, questionsAboutTheSubjectKeepTheStatementOrder) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    if (pair.source[0] != "who" || pair.target[1] == "est-ce") continue;
    EXPECT_EQ(pair.target[0], "qui") << context(pair);
    EXPECT_EQ(sure_targets(pair, 0), std::vector<int>{0}) << context(pair);
    EXPECT_EQ(pair.source.back(), ends_with_mark(pair.source) ? "?" : pair.source.back()) << context(pair);
    ++seen;
  }
  EXPECT_GT(seen, 60);
}

// "eat the bread" -> "mangez le pain"; "do not drink the water" -> "ne buvez pas l' eau".
TEST(CorpusTypedSentences, imperativesTakeTheVousFormWithoutASubject) {
  int affirmative = 0, negative = 0;
  for (const SentencePair& pair : train()) {
    const auto& s = pair.source;
    const bool negated = s[0] == "do" && (s[1] == "not" || s[1] == "n't");
    const bool never = s[0] == "never";
    if (is_in(s[0], kAuxiliaries) && !negated) continue;  // a question: "have you read ..."
    const Verb* verb = verb_with_base(s[negated ? 2 : (never ? 1 : 0)]);
    if (!verb || (!negated && !never && verb_with_base(s[0]) == nullptr)) continue;
    const size_t j = negated || never ? 1 : 0;
    if (j == 1) {
      EXPECT_TRUE(pair.target[0] == "ne" || pair.target[0] == "n'") << context(pair);
    }
    EXPECT_EQ(pair.target[j], verb->present[4]) << context(pair);
    EXPECT_EQ(sure_targets(pair, negated ? 2 : static_cast<int>(j)), std::vector<int>{static_cast<int>(j)}) << context(pair);
    if (j == 1) {
      EXPECT_EQ(pair.target[2], never ? "jamais" : "pas") << context(pair);
    }
    ++(j == 1 ? negative : affirmative);
  }
  EXPECT_GT(affirmative, 150);
  EXPECT_GT(negative, 20);
}

// "yes , ..." -> "oui , ...", "today , ..." -> "aujourd'hui , ...".
TEST(CorpusTypedSentences, frontedWordsKeepTheirComma) {
  static const std::map<std::string, std::string> kFronted = {
      {"yes", "oui"}, {"no", "non"}, {"today", "aujourd'hui"}, {"yesterday", "hier"}};
  std::set<std::string> seen_words;
  int seen = 0;
  for (const SentencePair& pair : train()) {
    if (!kFronted.contains(pair.source[0]) || pair.source[1] != ",") continue;
    EXPECT_EQ(pair.target[0], kFronted.at(pair.source[0])) << context(pair);
    EXPECT_EQ(pair.target[1], ",") << context(pair);
    EXPECT_EQ(sure_targets(pair, 0), std::vector<int>{0}) << context(pair);
    EXPECT_EQ(sure_targets(pair, 1), std::vector<int>{1}) << context(pair);
    seen_words.insert(pair.source[0]);
    ++seen;
  }
  EXPECT_GT(seen, 100);
  EXPECT_EQ(seen_words.size(), kFronted.size());
}

// Every comma (in lists and between clauses) is one sure link to a French
// comma, in the same order on both sides.
TEST(CorpusTypedSentences, commasLinkOneToOneInOrder) {
  int lists = 0, before_conjunction = 0;
  for (const SentencePair& pair : train()) {
    std::vector<int> french_commas;
    for (size_t i = 0; i < pair.source.size(); ++i) {
      if (pair.source[i] != ",") continue;
      const std::vector<int> j = sure_targets(pair, static_cast<int>(i));
      ASSERT_EQ(j.size(), 1u) << context(pair);
      EXPECT_EQ(pair.target[static_cast<size_t>(j[0])], ",") << context(pair);
      if (!french_commas.empty()) {
        EXPECT_GT(j[0], french_commas.back()) << context(pair);
      }
      french_commas.push_back(j[0]);
      const std::string& next = pair.source[i + 1];
      before_conjunction += next == "and" || next == "but";
      lists += next != "and" && next != "but" && i > 1;
    }
    EXPECT_EQ(french_commas.size(),
              static_cast<size_t>(std::count(pair.target.begin(), pair.target.end(), ","))) << context(pair);
  }
  EXPECT_GT(lists, 100);
  EXPECT_GT(before_conjunction, 100);
}

// "a pear , an apple and a banana" -> "une poire , une pomme et une banane";
// "A , B and C" for clauses too: a series of commas ends with a conjunction.
TEST(CorpusTypedSentences, seriesOfCommasEndWithAConjunction) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    const auto& s = pair.source;
    for (size_t i = 2; i + 1 < s.size(); ++i) {
      if (s[i] != "," || s[i + 1] == "and" || s[i + 1] == "but" || is_in(s[i - 1], {"yes", "no", "today", "yesterday"})) continue;
      const auto last = std::find_if(s.begin() + static_cast<long>(i), s.end(),
                                     [](const std::string& w) { return w == "and" || w == "but"; });
      ASSERT_NE(last, s.end()) << context(pair);
      const std::vector<int> j = sure_targets(pair, static_cast<int>(last - s.begin()));
      ASSERT_EQ(j.size(), 1u) << context(pair);
      EXPECT_EQ(pair.target[static_cast<size_t>(j[0])], *last == "and" ? "et" : "mais") << context(pair);
      ++seen;
      break;
    }
  }
  EXPECT_GT(seen, 60);
}

// "has been" -> "a été": "been" is a sure link to "été", the auxiliary to avoir.
TEST(CorpusTypedSentences, beenIsEteAfterAvoir) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    for (size_t i = 0; i < pair.source.size(); ++i) {
      if (pair.source[i] != "been") continue;
      const std::vector<int> j = sure_targets(pair, static_cast<int>(i));
      ASSERT_EQ(j.size(), 1u) << context(pair);
      EXPECT_EQ(pair.target[static_cast<size_t>(j[0])], "été") << context(pair);
      ++seen;
    }
  }
  EXPECT_GT(seen, 50);
}

// "doesn't" -> "ne ... pas" exactly as "does not".
TEST(CorpusTypedSentences, contractedNegationLinksToNeAndPas) {
  int seen = 0;
  for (const SentencePair& pair : train()) {
    for (size_t i = 0; i < pair.source.size(); ++i) {
      if (pair.source[i] != "n't") continue;
      EXPECT_TRUE(is_in(pair.source[i - 1], kAuxiliaries)) << context(pair);
      EXPECT_NE(pair.source[i - 1], "am") << context(pair);
      const std::vector<int> j = sure_targets(pair, static_cast<int>(i));
      ASSERT_EQ(j.size(), 2u) << context(pair);
      EXPECT_TRUE(pair.target[static_cast<size_t>(j[0])] == "ne" || pair.target[static_cast<size_t>(j[0])] == "n'") << context(pair);
      EXPECT_EQ(pair.target[static_cast<size_t>(j[1])], "pas") << context(pair);
      ++seen;
    }
  }
  EXPECT_GT(seen, 100);
}

}  // namespace
}  // namespace attnviz
