#pragma once
// The </s> column and row of an alignment. Attention models often park
// weight on the source's </s>; the UI can hide that column to see how the
// rest is shared among the words, and word-level scores (AER) skip both.

#include "alignment/Alignment.h"

namespace attnviz {

inline constexpr const char* kEndOfSentence = "</s>";

// Source columns that are words: all but a final </s>.
Eigen::Index source_word_count(const Alignment& alignment);
// Target rows that are words: all but an emitted final </s> (a translation
// cut at the length limit has none).
Eigen::Index target_word_count(const Alignment& alignment);
// The translation as words: every target token but </s> (a text decoded
// sentence by sentence has one </s> per sentence).
std::vector<std::string> target_words(const Alignment& alignment);

// A copy without the source's </s> positions (one per sentence of a text
// decoded sentence by sentence) along every source axis of every map (the
// columns of cross-attention, rows and columns of the encoder's), each row
// over the source divided by what is left of its sum so that it sums to 1
// again (a row that had all its weight on </s> stays all zeros). Raw scores are cut, not
// rescaled. An alignment whose last column is not </s> comes back unchanged,
// so hiding twice is the same as hiding once.
Alignment without_end_of_sentence_column(const Alignment& alignment);
// The source positions of `alignment` that without_end_of_sentence_column()
// keeps, in order: column c of the hidden view is position kept[c] of the
// whole (all positions when hiding changes nothing).
std::vector<Eigen::Index> kept_source_positions(const Alignment& alignment);

}  // namespace attnviz
