#pragma once
// A small generated corpus shared by the corpus tests (generated once per
// test binary), and lookups that read its sentences back through the
// lexicon, so tests can check the French and the links of every
// occurrence of a phenomenon rather than of one hand-picked sentence.

#include "corpus/Corpus.h"
#include "corpus/Lexicon.h"

#include <algorithm>
#include <string>
#include <vector>

namespace attnviz::test {

inline CorpusOptions small_corpus_options(std::uint64_t seed = 11) {
  CorpusOptions options;
  options.seed = seed;
  options.train = 6000;
  options.valid = 300;
  options.test = 300;
  options.long_test = 60;
  options.novel = 150;
  return options;
}

inline const Corpus& small_corpus() {
  static const Corpus corpus = generate_corpus(small_corpus_options());
  return corpus;
}

// The target indexes linked to source word `i` (sure links only).
inline std::vector<int> sure_targets(const SentencePair& pair, int i) {
  std::vector<int> out;
  for (const Link& link : pair.gold.sure) {
    if (link.first == i) out.push_back(link.second);
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline std::vector<int> possible_targets(const SentencePair& pair, int i) {
  std::vector<int> out;
  for (const Link& link : pair.gold.possible) {
    if (link.first == i) out.push_back(link.second);
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline std::vector<int> sure_sources(const SentencePair& pair, int j) {
  std::vector<int> out;
  for (const Link& link : pair.gold.sure) {
    if (link.second == j) out.push_back(link.first);
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline std::vector<int> possible_sources(const SentencePair& pair, int j) {
  std::vector<int> out;
  for (const Link& link : pair.gold.possible) {
    if (link.second == j) out.push_back(link.first);
  }
  return out;
}

// The noun whose English singular or plural is `word`, and which one it is.
inline const Noun* noun_named(const std::string& word, bool* plural = nullptr) {
  for (const Noun& noun : Lexicon::english_french().nouns) {
    if (noun.english == word || (!noun.mass() && noun.english_plural == word)) {
      if (plural) *plural = noun.english != word;
      return &noun;
    }
  }
  return nullptr;
}

inline const Adjective* adjective_named(const std::string& word) {
  for (const Adjective& adjective : Lexicon::english_french().adjectives) {
    if (adjective.english == word) return &adjective;
  }
  return nullptr;
}

inline std::string joined(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& token : tokens) out += (out.empty() ? "" : " ") + token;
  return out;
}

}  // namespace attnviz::test
