#pragma once
// A piece of a sentence pair under construction. Instead of keeping index
// pairs up to date while phrases move around, every word carries the
// "meanings" it expresses; two words are linked when they share one. So a
// phrase can put its French words in any order (noun before adjective,
// clitic before verb) and the gold alignment follows by itself:
//
//   the(1) red(2) car(3)   ->   la(1) voiture(3) rouge(2)   =>   0-0 1-2 2-1
//
// A tag is sure or only possible; a link is sure when both ends are. A
// word with no tags (the partitive "du", the "de" of "la table de la
// cuisine") stays unaligned.

#include "corpus/SentencePair.h"

#include <string>
#include <vector>

namespace attnviz {

struct Tag {
  int meaning = 0;
  bool sure = true;
};

struct Word {
  std::string text;
  std::vector<Tag> tags;
  bool article = false;  // a French determiner, which contracts ("à le" -> "au")
};

struct Phrase {
  std::vector<Word> source;  // English, in English order
  std::vector<Word> target;  // French, in French order

  // Appends `next` after this phrase on both sides.
  Phrase& operator+=(const Phrase& next);
};

Phrase operator+(Phrase first, const Phrase& second);

// The linked sentence pair: tokens in order, sure and possible links from
// the shared meanings.
SentencePair to_sentence_pair(const Phrase& phrase);

}  // namespace attnviz
