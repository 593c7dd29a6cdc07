#include "evaluation/CorpusBleu.h"

#include "evaluation/Tokenizer13a.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_map>

namespace attnviz {
namespace {

using NgramCounts = std::unordered_map<std::string, long>;

// The n-grams of `words`, each as its words joined with spaces (13a words
// hold no space).
NgramCounts ngrams(const std::vector<std::string>& words, size_t n) {
  NgramCounts counts;
  for (size_t start = 0; start + n <= words.size(); ++start) {
    std::string key = words[start];
    for (size_t k = 1; k < n; ++k) key += ' ' + words[start + k];
    ++counts[key];
  }
  return counts;
}

long ngram_total(const std::vector<std::string>& words, size_t n) {
  return words.size() >= n ? static_cast<long>(words.size() - n + 1) : 0;
}

long clipped_matches(const NgramCounts& hypothesis, const NgramCounts& reference) {
  long matches = 0;
  for (const auto& [ngram, count] : hypothesis) {
    const auto it = reference.find(ngram);
    if (it != reference.end()) matches += std::min(count, it->second);
  }
  return matches;
}

double brevity_penalty(long hypothesis_length, long reference_length) {
  if (hypothesis_length >= reference_length) return 1.0;
  if (hypothesis_length == 0) return 0.0;
  return std::exp(1.0 - static_cast<double>(reference_length) / static_cast<double>(hypothesis_length));
}

}  // namespace

BleuStatistics& BleuStatistics::operator+=(const BleuStatistics& other) {
  for (size_t n = 0; n < kMaxOrder; ++n) {
    matches[n] += other.matches[n];
    totals[n] += other.totals[n];
  }
  hypothesis_length += other.hypothesis_length;
  reference_length += other.reference_length;
  return *this;
}

double BleuStatistics::score() const {
  if (std::all_of(matches.begin(), matches.end(), [](long m) { return m == 0; })) return 0.0;
  double log_sum = 0;
  double smoothing = 1;
  for (size_t n = 0; n < kMaxOrder; ++n) {
    if (totals[n] == 0) return 0.0;
    if (matches[n] == 0) smoothing *= 2;
    const double precision = matches[n] == 0 ? 100.0 / (smoothing * static_cast<double>(totals[n]))
                                             : 100.0 * static_cast<double>(matches[n]) /
                                                   static_cast<double>(totals[n]);
    log_sum += std::log(precision);
  }
  return brevity_penalty(hypothesis_length, reference_length) * std::exp(log_sum / static_cast<double>(kMaxOrder));
}

BleuStatistics bleu_statistics(std::string_view hypothesis, std::string_view reference) {
  const std::vector<std::string> hypothesis_words = tokenize_13a(hypothesis);
  const std::vector<std::string> reference_words = tokenize_13a(reference);
  BleuStatistics statistics;
  for (size_t n = 1; n <= BleuStatistics::kMaxOrder; ++n) {
    statistics.matches[n - 1] = clipped_matches(ngrams(hypothesis_words, n), ngrams(reference_words, n));
    statistics.totals[n - 1] = ngram_total(hypothesis_words, n);
  }
  statistics.hypothesis_length = static_cast<long>(hypothesis_words.size());
  statistics.reference_length = static_cast<long>(reference_words.size());
  return statistics;
}

double corpus_bleu(const std::vector<std::string>& hypotheses,
                   const std::vector<std::string>& references) {
  if (hypotheses.size() != references.size()) {
    throw std::invalid_argument("corpus BLEU needs one reference per hypothesis, got " +
                                std::to_string(hypotheses.size()) + " hypotheses and " +
                                std::to_string(references.size()) + " references");
  }
  BleuStatistics corpus;
  for (size_t i = 0; i < hypotheses.size(); ++i) corpus += bleu_statistics(hypotheses[i], references[i]);
  return corpus.score();
}

}  // namespace attnviz
