#pragma once
// Scores a model on corpus sentence pairs: what `attnviz-cli eval` prints
// and what the model cards record.
//
// Basic usage:
//   attnviz::Evaluator evaluator(*model);
//   attnviz::EvaluationResult r = evaluator.evaluate(pairs);  // pairs from the corpus
//   r.bleu;  // 0-100, as sacreBLEU computes it
//
// Each pair is decoded twice:
//   - translated (greedy, or beam search per the DecodeOptions), for exact
//     match and BLEU;
//   - forced on its reference target, for AER and entropy, so every model
//     is judged on the same target words, the ones the gold alignment indexes.

#include "corpus/SentencePair.h"
#include "decoding/DecodeOptions.h"
#include "model/AttentionModel.h"

#include <functional>
#include <vector>

namespace attnviz {

struct EvaluationResult {
  int sentences = 0;
  // Fraction of translations whose tokens equal the reference's, in [0, 1].
  double exact_match = 0;
  // Corpus BLEU-4 of the detokenized translations against the detokenized
  // references, 0-100 (CorpusBleu.h).
  double bleu = 0;
  // Corpus AER (AlignmentErrorRate.h) of the hard alignment of the forced
  // attention: each target word row links to its argmax source word, </s>
  // row and column left out. In [0, 1], lower is better.
  double aer = 0;
  // Mean entropy in nats of the forced attention rows (every row, </s>
  // included, over every column), averaged over all rows of the corpus.
  double entropy = 0;
};

class Evaluator {
 public:
  // Called after each pair with the number done and the total.
  using Progress = std::function<void(size_t done, size_t total)>;

  explicit Evaluator(const AttentionModel& model, DecodeOptions options = {});

  // Throws std::invalid_argument naming the pair when its gold alignment
  // does not fit its tokens, or when the model reads a pair's text as
  // other tokens than the pair lists (a tokenizer round-trip failure).
  EvaluationResult evaluate(const std::vector<SentencePair>& pairs, const Progress& progress = {}) const;

 private:
  const AttentionModel& model_;
  DecodeOptions options_;
};

}  // namespace attnviz
