#pragma once
// The fixed sentence whose attention is watched while a model trains.
// Forced onto a translation, every snapshot has the same rows and columns,
// so frames can be compared cell by cell; without one, each snapshot shows
// the model's own greedy translation, whose length changes as it learns.

#include "corpus/Corpus.h"

#include <string>

namespace attnviz {

struct ProbeSentence {
  std::string source;
  std::string target;  // "" = greedy decoding
};

// `target` when given; otherwise the corpus's translation of `source` when
// one of its splits holds that sentence (compared as tokens, so "The red
// car." finds "the red car ."); otherwise no target. Throws
// std::invalid_argument when `source` has no token.
ProbeSentence make_probe(const std::string& source, const std::string& target, const Corpus& corpus);

}  // namespace attnviz
