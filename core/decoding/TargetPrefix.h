#pragma once
// Target tokens forced onto the decoder: a whole reference (ForcedDecoding)
// or the prefix greedy and beam search start from (issue 16, --prefix).
// An unknown word is forced as <unk> but keeps its text as the row label.

#include "alignment/Alignment.h"
#include "decoding/DecodeTrace.h"
#include "tokens/Tokenizer.h"
#include "tokens/Vocabulary.h"

#include <string>
#include <vector>

namespace attnviz {

struct TargetPrefix {
  std::vector<int> ids;
  std::vector<std::string> labels;
  std::vector<bool> unknown;

  Eigen::Index size() const { return static_cast<Eigen::Index>(ids.size()); }
  // The token of step t: the forced one within the prefix, else `free`.
  int token(Eigen::Index t, int free) const { return t < size() ? ids[static_cast<size_t>(t)] : free; }
};

TargetPrefix make_target_prefix(const std::vector<Token>& tokens, const Vocabulary& vocab);

// Row labels of a path whose first rows followed `prefix`: the prefix's
// words as typed, then the vocabulary's tokens.
std::vector<std::string> prefixed_labels(const std::vector<PathStep>& path, const TargetPrefix& prefix,
                                         const Vocabulary& vocab);

// Marks the rows the prefix forced (Alignment::target_forced) and its
// unknown words; leaves an alignment without a prefix as it is.
void mark_forced_prefix(Alignment& alignment, const TargetPrefix& prefix);

}  // namespace attnviz
