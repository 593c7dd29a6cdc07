#include "corpus/Phrase.h"

namespace attnviz {
namespace {

// 0: no shared meaning; 1: possible; 2: sure.
int link_strength(const Word& source, const Word& target) {
  int strength = 0;
  for (const Tag& s : source.tags) {
    for (const Tag& t : target.tags) {
      if (s.meaning == t.meaning) strength = std::max(strength, s.sure && t.sure ? 2 : 1);
    }
  }
  return strength;
}

std::vector<std::string> texts(const std::vector<Word>& words) {
  std::vector<std::string> out;
  out.reserve(words.size());
  for (const Word& word : words) out.push_back(word.text);
  return out;
}

}  // namespace

Phrase& Phrase::operator+=(const Phrase& next) {
  source.insert(source.end(), next.source.begin(), next.source.end());
  target.insert(target.end(), next.target.begin(), next.target.end());
  return *this;
}

Phrase operator+(Phrase first, const Phrase& second) { return first += second; }

SentencePair to_sentence_pair(const Phrase& phrase) {
  SentencePair pair{texts(phrase.source), texts(phrase.target), {}};
  for (size_t i = 0; i < phrase.source.size(); ++i) {
    for (size_t j = 0; j < phrase.target.size(); ++j) {
      const int strength = link_strength(phrase.source[i], phrase.target[j]);
      if (strength == 0) continue;
      Link link{static_cast<int>(i), static_cast<int>(j)};
      (strength == 2 ? pair.gold.sure : pair.gold.possible).push_back(link);
    }
  }
  return pair;
}

}  // namespace attnviz
