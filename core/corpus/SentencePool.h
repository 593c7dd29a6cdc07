#pragma once
// Sentences from the translation grammar, sorted by what they say about
// the document classes, for DocumentCorpus to assemble documents from.
// The grammar cannot be asked for "a negated sentence about food", so the
// pool draws sentences and keeps each in the queue of its role and class
// until a document needs one.

#include "corpus/DocumentClasses.h"
#include "corpus/SentenceGrammar.h"

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace attnviz {

enum class SentenceRole {
  Evidence,  // an affirmative statement naming things of one class: "the dog eats ."
  Negated,   // a negated statement or command about one class: "she does not wear the hat ."
  Asked,     // a question or command about one class: "does the cat sleep ?" "eat the bread !"
  Neutral,   // names no class word at all
};

class SentencePool {
 public:
  SentencePool(std::uint64_t seed, const ClassWords& words);

  // The tokens of the next sentence of that role about class `label`
  // (ignored for Neutral). Throws std::runtime_error if the grammar does
  // not produce one in a million tries.
  std::vector<std::string> draw(SentenceRole role, int label);

 private:
  using Key = std::pair<SentenceRole, int>;
  void sort_next();

  Rng rng_;
  SentenceGrammar grammar_;
  const ClassWords& words_;
  std::map<Key, std::deque<std::vector<std::string>>> queues_;
};

}  // namespace attnviz
