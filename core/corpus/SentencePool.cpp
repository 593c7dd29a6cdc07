#include "corpus/SentencePool.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace attnviz {
namespace {

// One clause, no relative clause and always a final mark: negation then
// covers the whole sentence, and the sentence splitter finds every
// sentence's end in the document's text.
constexpr SentenceStyle kDocumentSentence{0.0, 0.0, 0.0, 0.0, true, 0.0};
// Surplus sentences of a role beyond this are dropped, bounding memory.
constexpr size_t kQueueLimit = 2000;
constexpr int kMaxTries = 1'000'000;

bool shows(const GeneratedSentence& sentence, const char* phenomenon) {
  return std::find(sentence.phenomena.begin(), sentence.phenomena.end(), phenomenon) != sentence.phenomena.end();
}

bool is_statement(const GeneratedSentence& s) {
  return !shows(s, "yes/no question") && !shows(s, "wh-question") && !shows(s, "question about the subject") &&
         !shows(s, "imperative");
}

bool is_negated(const GeneratedSentence& s) { return shows(s, "negation") || shows(s, "contracted negation"); }

SentenceRole role_of(const GeneratedSentence& s) {
  if (is_negated(s)) return SentenceRole::Negated;
  return is_statement(s) ? SentenceRole::Evidence : SentenceRole::Asked;
}

}  // namespace

SentencePool::SentencePool(std::uint64_t seed, const ClassWords& words)
    : rng_(seed), grammar_(Lexicon::english_french(), rng_), words_(words) {}

// A sentence naming two classes fits no role and is dropped.
void SentencePool::sort_next() {
  GeneratedSentence sentence = grammar_.sentence(kDocumentSentence);
  std::set<int> classes;
  for (const std::string& token : sentence.pair.source) {
    if (const auto label = words_.class_of(token)) classes.insert(*label);
  }
  if (classes.size() > 1) return;
  const Key key = classes.empty() ? Key{SentenceRole::Neutral, 0} : Key{role_of(sentence), *classes.begin()};
  auto& queue = queues_[key];
  if (queue.size() < kQueueLimit) queue.push_back(std::move(sentence.pair.source));
}

std::vector<std::string> SentencePool::draw(SentenceRole role, int label) {
  const Key key{role, role == SentenceRole::Neutral ? 0 : label};
  auto& queue = queues_[key];
  for (int tries = 0; queue.empty(); ++tries) {
    if (tries == kMaxTries) throw std::runtime_error("the grammar gave no sentence of a needed kind");
    sort_next();
  }
  std::vector<std::string> sentence = std::move(queue.front());
  queue.pop_front();
  return sentence;
}

}  // namespace attnviz
