#pragma once
// The spelling changes that depend on the next word, applied once a
// sentence is assembled, because only then is the next word known:
//   French: elision (le homme -> l' homme, que elle -> qu' elle, ne aime ->
//   n' aime), ma/sa -> mon/son and ce -> cet before a vowel, and the
//   contractions à le -> au, à les -> aux, de le -> du, de les -> des, whose
//   merged word keeps the links of both parts (two words to one).
//   English: a -> an before a vowel.

#include "corpus/Phrase.h"

#include <vector>

namespace attnviz {

void apply_french_orthography(std::vector<Word>& target);
void apply_english_orthography(std::vector<Word>& source);

}  // namespace attnviz
