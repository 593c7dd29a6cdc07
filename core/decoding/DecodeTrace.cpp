#include "decoding/DecodeTrace.h"

#include <algorithm>
#include <cmath>

namespace attnviz {

DecodeTrace::DecodeTrace(Eigen::Index capacity, const DecoderStep& decoder, int top_k)
    : top_k_(static_cast<int>(std::clamp<Eigen::Index>(top_k, 0, decoder.log_probs().size()))),
      weights_(capacity, decoder.source_length()), energies_(capacity, decoder.source_length()),
      top_probs_(capacity, top_k_), top_ids_(capacity, top_k_), top_(std::max(top_k_, 1)) {}

int DecodeTrace::record(Eigen::Index node, const DecoderStep& decoder) {
  weights_.row(node) = decoder.weights().transpose();
  energies_.row(node) = decoder.energies().transpose();
  const std::span<const int> best = top_.select(decoder.log_probs(), std::max(top_k_, 1));
  for (int j = 0; j < top_k_; ++j) {
    top_ids_(node, j) = best[static_cast<size_t>(j)];
    top_probs_(node, j) = std::exp(decoder.log_probs()(best[static_cast<size_t>(j)]));
  }
  return best.front();
}

Alignment DecodeTrace::to_alignment(const std::vector<PathStep>& path,
                                    std::vector<std::string> labels, const SourceSentence& source,
                                    const Vocabulary& target_vocab) const {
  Alignment alignment;
  alignment.source_tokens = source.labels;
  alignment.source_unknown = source.unknown;
  alignment.source_tokens_dropped = source.dropped;
  AttentionMap map{"attention", RowMatrix(static_cast<Eigen::Index>(path.size()), weights_.cols()),
                   RowMatrix(static_cast<Eigen::Index>(path.size()), weights_.cols())};
  for (size_t t = 0; t < path.size(); ++t) {
    map.weights.row(static_cast<Eigen::Index>(t)) = weights_.row(path[t].node);
    map.scores.row(static_cast<Eigen::Index>(t)) = energies_.row(path[t].node);
    alignment.steps.push_back(step_of(path[t], target_vocab));
    alignment.logprob += path[t].logprob;
  }
  alignment.maps.push_back(std::move(map));
  const bool ended = !path.empty() && path.back().token == Vocabulary::kEos;
  alignment.translation = detokenize({labels.begin(), labels.end() - (ended ? 1 : 0)});
  alignment.target_tokens = std::move(labels);
  return alignment;
}

DecodeStep DecodeTrace::step_of(const PathStep& step, const Vocabulary& target_vocab) const {
  DecodeStep result;
  result.probability = std::exp(step.logprob);
  for (int j = 0; j < top_k_; ++j) {
    const int id = top_ids_(step.node, j);
    result.top.push_back({target_vocab.token(id), id, top_probs_(step.node, j)});
  }
  return result;
}

std::vector<std::string> token_labels(const std::vector<PathStep>& path, const Vocabulary& vocab) {
  std::vector<std::string> labels;
  for (const PathStep& step : path) labels.push_back(vocab.token(step.token));
  return labels;
}

}  // namespace attnviz
