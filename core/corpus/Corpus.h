#pragma once
// The generated parallel corpus and its splits.
//
// Basic usage:
//   CorpusOptions options;  // seed 1, 150,000 training pairs...
//   Corpus corpus = generate_corpus(options);
//   write_corpus("data/corpus", corpus);  // CorpusFiles.h
//
// Splits: train, valid and test share one distribution; no source sentence
// is in two splits (nor twice in one). `long` holds sentences longer than
// any in train; `novel` holds sentences with an adjective-noun or
// verb-object combination that is held out of every other split (about 5%
// of all combinations, chosen by a hash, so the same ones for every seed).
//
// Default sizes: the trainer fits five small models (E=H=A=64) on 2 cores
// in under an hour in total. With 50,000 pairs the models overfit (train
// loss 0.001, valid 0.02) and stall at 95-96% exact match; 150,000 pairs of
// mean ~8.4 source and ~9 target tokens (~1.35 million target tokens, about
// 3 minutes an epoch with all five training at once) keep them learning.
// valid, test, long and novel are drawn before train, so they do not
// depend on the training size.

#include "corpus/SentencePair.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace attnviz {

struct CorpusOptions {
  std::uint64_t seed = 1;
  int train = 150000;
  int valid = 2000;
  int test = 2000;
  int long_test = 500;
  int novel = 1000;
  int max_train_length = 30;  // source tokens in train, valid, test and novel
  int max_long_length = 45;   // the long split has max_train_length+1 .. this
};

inline constexpr std::array<std::string_view, 5> kSplitNames = {"train", "valid", "test", "long", "novel"};

struct Corpus {
  std::vector<SentencePair> train, valid, test, long_test, novel;
  // How many training sentences show each phenomenon ("negation": 9120),
  // counted while generating; empty for a corpus read from files.
  std::map<std::string, int> train_phenomena;

  // By name from kSplitNames; throws std::invalid_argument for another name.
  const std::vector<SentencePair>& split(std::string_view name) const;
  std::vector<SentencePair>& split(std::string_view name);
};

// Deterministic: the same options give the same corpus on every platform.
// Throws std::invalid_argument naming a bad option (negative sizes,
// max_long_length <= max_train_length).
Corpus generate_corpus(const CorpusOptions& options);

// Whether a combination ("adj:red+car", "obj:eat+bread") belongs to the
// novel split only.
bool is_held_out(std::string_view combination);

}  // namespace attnviz
