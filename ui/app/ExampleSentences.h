#pragma once
// Sentences for the "random example" action: the corpus's test split, with
// the gold alignment of each pair. Read from a corpus folder when one is
// given ($ATTNVIZ_CORPUS_DIR, as `attnviz-cli corpus --out` writes it),
// otherwise generated with the corpus defaults the shipped models were
// trained on, which give the same test split.

#include "corpus/SentencePair.h"

#include <optional>
#include <random>
#include <string>
#include <vector>

namespace attnviz::ui {

class ExampleSentences {
 public:
  // A random test pair; loads the split on first use. Empty when no
  // corpus can be read or generated.
  std::optional<SentencePair> random();
  size_t size() const { return pairs_.size(); }
  // Why there are no examples, when random() came back empty.
  const std::string& error() const { return error_; }

 private:
  void load();

  bool loaded_ = false;
  std::vector<SentencePair> pairs_;
  std::string error_ = "the corpus has no test sentences";
  std::mt19937 rng_{std::random_device{}()};
};

// Tokens joined by spaces, as the corpus files store a sentence.
std::string joined(const std::vector<std::string>& tokens);

}  // namespace attnviz::ui
