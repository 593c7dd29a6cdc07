#include "evaluation/Evaluator.h"

#include "alignment/AlignmentErrorRate.h"
#include "alignment/AttentionStatistics.h"
#include "alignment/EndOfSentence.h"
#include "alignment/HardAlignment.h"
#include "evaluation/CorpusBleu.h"
#include "tokens/Tokenizer.h"

#include <numeric>
#include <stdexcept>
#include <string>

namespace attnviz {
namespace {

std::invalid_argument pair_error(size_t index, const std::string& what) {
  return std::invalid_argument("sentence pair " + std::to_string(index + 1) + ": " + what);
}

void check_token_counts(size_t index, const SentencePair& pair, const Alignment& forced) {
  const auto source = static_cast<size_t>(source_word_count(forced));
  const auto target = static_cast<size_t>(target_word_count(forced));
  if (source != pair.source.size() || target != pair.target.size()) {
    throw pair_error(index, "the model read " + std::to_string(source) + " source and " +
                                std::to_string(target) + " target tokens where the pair has " +
                                std::to_string(pair.source.size()) + " and " +
                                std::to_string(pair.target.size()) +
                                " (tokenize(join_tokens(tokens)) must give the tokens back)");
  }
}

void check_gold(size_t index, const SentencePair& pair) {
  const auto fits = [&pair](const Link& link) {
    return link.first >= 0 && link.second >= 0 &&
           link.first < static_cast<int>(pair.source.size()) &&
           link.second < static_cast<int>(pair.target.size());
  };
  for (const auto* links : {&pair.gold.sure, &pair.gold.possible}) {
    for (const Link& link : *links) {
      if (!fits(link)) {
        throw pair_error(index, "gold link " + std::to_string(link.first) + "-" +
                                    std::to_string(link.second) + " is outside its " +
                                    std::to_string(pair.source.size()) + " source and " +
                                    std::to_string(pair.target.size()) + " target words");
      }
    }
  }
}

// The corpus-level sums that the result's numbers are ratios of.
struct Tally {
  long exact = 0;
  BleuStatistics bleu;
  AerCounts aer;
  double entropy_sum = 0;
  long entropy_rows = 0;

  void add(const SentencePair& pair, const Alignment& translated, const Alignment& forced) {
    const std::vector<std::string> words = target_words(translated);
    exact += words == pair.target ? 1 : 0;
    bleu += bleu_statistics(detokenize(words, kLowercaseStyle), detokenize(pair.target, kLowercaseStyle));
    aer += count_aer(hard_links(forced), pair.gold);
    const std::vector<double> entropies = row_entropies(forced.primary().weights);
    entropy_sum += std::accumulate(entropies.begin(), entropies.end(), 0.0);
    entropy_rows += static_cast<long>(entropies.size());
  }

  EvaluationResult result(size_t sentences) const {
    EvaluationResult r;
    r.sentences = static_cast<int>(sentences);
    r.exact_match = sentences == 0 ? 0.0 : static_cast<double>(exact) / static_cast<double>(sentences);
    r.bleu = bleu.score();
    r.aer = aer.rate();
    r.entropy = entropy_rows == 0 ? 0.0 : entropy_sum / static_cast<double>(entropy_rows);
    return r;
  }
};

}  // namespace

Evaluator::Evaluator(const AttentionModel& model, DecodeOptions options)
    : model_(model), options_(options) {}

EvaluationResult Evaluator::evaluate(const std::vector<SentencePair>& pairs,
                                     const Progress& progress) const {
  Tally tally;
  for (size_t i = 0; i < pairs.size(); ++i) {
    const SentencePair& pair = pairs[i];
    check_gold(i, pair);
    const std::string source = join_tokens(pair.source);
    const Alignment forced = model_.force(source, join_tokens(pair.target), options_);
    check_token_counts(i, pair, forced);
    tally.add(pair, model_.translate(source, options_), forced);
    if (progress) progress(i + 1, pairs.size());
  }
  return tally.result(pairs.size());
}

}  // namespace attnviz
