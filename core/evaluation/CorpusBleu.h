#pragma once
// Corpus BLEU-4 exactly as sacreBLEU computes it by default (BLEU(), i.e.
// tokenize="13a", smooth_method="exp", no lowercasing, one reference):
// n-gram matches and totals and the two lengths are summed over the whole
// corpus first; then
//   p_n  = 100 * matches_n / totals_n, or, where matches_n = 0,
//          100 / (2^k * totals_n) for the k-th such order ("exp" smoothing);
//   BP   = exp(1 - ref_len / hyp_len) when hyp_len < ref_len, else 1;
//   BLEU = BP * exp((ln p_1 + ... + ln p_4) / 4), on a 0-100 scale;
// and BLEU is 0 when nothing matches or some order has no n-gram at all.

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace attnviz {

struct BleuStatistics {
  static constexpr size_t kMaxOrder = 4;
  std::array<long, kMaxOrder> matches{};  // clipped n-gram matches, n = 1..4
  std::array<long, kMaxOrder> totals{};   // hypothesis n-grams, n = 1..4
  long hypothesis_length = 0;             // in 13a tokens
  long reference_length = 0;

  BleuStatistics& operator+=(const BleuStatistics& other);
  double score() const;
};

// The statistics of one detokenized hypothesis against its reference.
BleuStatistics bleu_statistics(std::string_view hypothesis, std::string_view reference);

// Throws std::invalid_argument when the two lists differ in length.
double corpus_bleu(const std::vector<std::string>& hypotheses,
                   const std::vector<std::string>& references);

}  // namespace attnviz
