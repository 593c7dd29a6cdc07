#pragma once
// Beam search of width k (DecodeOptions::beam_width). Each step expands
// every live hypothesis by its k best tokens and keeps the k best of all
// candidates by total log-probability; those ending in </s> are finished,
// the others stay live. It stops at the length limit, when nothing is
// live, or when no live hypothesis can still beat the best finished one
// (a longer hypothesis only loses log-probability, so L / limit^alpha
// bounds what a live one with log-probability L can reach). It returns the
// hypothesis (finished, or live at the limit) with the best
// length-normalised score logprob / length^alpha (alpha =
// DecodeOptions::length_penalty), with that hypothesis's own attention
// rows and alternatives. One lane of the beam always follows greedy search,
// so the result never scores worse than greedy's; width 1 is greedy search.
// A target prefix (SearchInput::steering) is forced on the one hypothesis
// first, and the beam opens after it. With DecodeOptions::record_beam_tree
// the result carries every candidate of every step (Alignment::beam_tree).

#include "alignment/Alignment.h"
#include "decoding/SearchInput.h"

namespace attnviz {

Alignment beam_search(const SearchInput& input);

// Beam search for a width above 1, and for width 1 when its tree is asked
// for (width 1 is greedy search, so the result is the same).
inline bool use_beam_search(const DecodeOptions& options) {
  return options.beam_width > 1 || options.record_beam_tree;
}

// The score beam search ranks finished hypotheses by.
double length_normalised_score(double logprob, Eigen::Index length, float length_penalty);

}  // namespace attnviz
