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
  options.train = 4000;
  options.valid = 300;
  options.test = 300;
  options.long_test = 60;
  options.longer_test = 30;
  options.novel = 150;
  return options;
}

inline const Corpus& small_corpus() {
  static const Corpus corpus = generate_corpus(small_corpus_options());
  return corpus;
}

// The indexes on the other side linked to word `index` of one side.
inline std::vector<int> linked(const std::vector<Link>& links, int index, bool from_source) {
  std::vector<int> out;
  for (const auto& [source, target] : links) {
    if ((from_source ? source : target) == index) out.push_back(from_source ? target : source);
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline std::vector<int> sure_targets(const SentencePair& p, int i) { return linked(p.gold.sure, i, true); }
inline std::vector<int> possible_targets(const SentencePair& p, int i) { return linked(p.gold.possible, i, true); }
inline std::vector<int> sure_sources(const SentencePair& p, int j) { return linked(p.gold.sure, j, false); }
inline std::vector<int> possible_sources(const SentencePair& p, int j) { return linked(p.gold.possible, j, false); }

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
