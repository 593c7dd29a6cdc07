#include "alignment/EndOfSentence.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace attnviz {
namespace {

bool ends_with_end_of_sentence(const std::vector<std::string>& tokens) {
  return !tokens.empty() && tokens.back() == kEndOfSentence;
}

RowMatrix renormalised_rows(const RowMatrix& weights) {
  RowMatrix out = weights;
  for (Eigen::Index t = 0; t < out.rows(); ++t) {
    const float sum = out.row(t).sum();
    if (sum > 0) out.row(t) /= sum;
  }
  return out;
}

// Only a source axis loses the </s> positions; an empty matrix (no raw
// scores) stays empty.
RowMatrix without_source_positions(const RowMatrix& m, const AttentionMap& map, const std::vector<Eigen::Index>& words) {
  if (m.size() == 0) return m;
  // Each step reads from a different matrix than it writes: an indexed
  // view of its own target would alias.
  const RowMatrix columns = map.cols == MapAxis::Source ? RowMatrix(m(Eigen::all, words)) : m;
  return map.rows == MapAxis::Source ? RowMatrix(columns(words, Eigen::all)) : columns;
}

template <class T>
std::vector<T> kept(const std::vector<T>& all, const std::vector<Eigen::Index>& indices) {
  std::vector<T> out;
  for (Eigen::Index i : indices) out.push_back(all[static_cast<size_t>(i)]);
  return out;
}

// The number of kept columns before position x.
Eigen::Index kept_before(const std::vector<Eigen::Index>& words, double x) {
  return std::lower_bound(words.begin(), words.end(), x, [](Eigen::Index word, double at) { return word < at; }) -
         words.begin();
}

// A local model's windows on the kept columns: each p_t and each sentence's
// columns move left by the </s> columns hidden before them.
void keep_windows_on_words(AttentionMap& map, const std::vector<Eigen::Index>& words) {
  for (float& centre : map.window_centres) {
    const double hidden = std::ceil(std::max(0.0f, centre)) - static_cast<double>(kept_before(words, centre));
    centre -= static_cast<float>(hidden);
  }
  for (WindowSpan& sentence : map.window_sentences) {
    sentence = {static_cast<int>(kept_before(words, sentence.first)), static_cast<int>(kept_before(words, sentence.last + 1)) - 1};
  }
}

}  // namespace

Eigen::Index source_word_count(const Alignment& alignment) {
  return alignment.cols() - (ends_with_end_of_sentence(alignment.source_tokens) ? 1 : 0);
}

Eigen::Index target_word_count(const Alignment& alignment) {
  return alignment.rows() - (ends_with_end_of_sentence(alignment.target_tokens) ? 1 : 0);
}

std::vector<std::string> target_words(const Alignment& alignment) {
  std::vector<std::string> words;
  std::copy_if(alignment.target_tokens.begin(), alignment.target_tokens.end(), std::back_inserter(words),
               [](const std::string& token) { return token != kEndOfSentence; });
  return words;
}

std::vector<Eigen::Index> kept_source_positions(const Alignment& alignment) {
  const bool hides = ends_with_end_of_sentence(alignment.source_tokens);
  std::vector<Eigen::Index> words;
  for (Eigen::Index col = 0; col < alignment.cols(); ++col) {
    if (!hides || alignment.source_tokens[static_cast<size_t>(col)] != kEndOfSentence) words.push_back(col);
  }
  return words;
}

Alignment without_end_of_sentence_column(const Alignment& alignment) {
  if (!ends_with_end_of_sentence(alignment.source_tokens)) return alignment;
  const std::vector<Eigen::Index> words = kept_source_positions(alignment);
  Alignment out = alignment;
  out.source_tokens = kept(alignment.source_tokens, words);
  if (alignment.source_unknown.size() == alignment.source_tokens.size()) out.source_unknown = kept(alignment.source_unknown, words);
  for (AttentionMap& map : out.maps) {
    const RowMatrix weights = without_source_positions(map.weights, map, words);
    map.weights = map.cols == MapAxis::Source ? renormalised_rows(weights) : weights;
    map.scores = without_source_positions(map.scores, map, words);
    if (map.cols == MapAxis::Source) keep_windows_on_words(map, words);
  }
  return out;
}

}  // namespace attnviz
