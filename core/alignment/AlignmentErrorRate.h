#pragma once
// Alignment error rate (Och & Ney 2003, "A Systematic Comparison of Various
// Statistical Alignment Models", section 5):
//   AER = 1 - (|A ∩ S| + |A ∩ P|) / (|A| + |S|)
// with A the hypothesis links, S the sure and P the possible gold links
// (S ⊆ P). Corpus AER sums the four counts over all sentences before
// dividing, so AerCounts adds up.

#include "alignment/Alignment.h"
#include "alignment/GoldAlignment.h"

#include <vector>

namespace attnviz {

struct AerCounts {
  long hypothesis = 0;     // |A|
  long sure = 0;           // |S|
  long sure_hits = 0;      // |A ∩ S|
  long possible_hits = 0;  // |A ∩ P|, P = sure + possible links

  AerCounts& operator+=(const AerCounts& other);
  // In [0, 1], lower is better; 0 when there are no links at all (nothing
  // was claimed and nothing was to be found).
  double rate() const;
};

// Repeated hypothesis links count once (A is a set).
AerCounts count_aer(const std::vector<Link>& hypothesis, const GoldAlignment& gold);

// The AER of the alignment's hard (argmax) word links against `gold`,
// which must index the same source and target words.
double sentence_aer(const Alignment& alignment, const GoldAlignment& gold);

}  // namespace attnviz
