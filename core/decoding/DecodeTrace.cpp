#include "decoding/DecodeTrace.h"

#include <algorithm>
#include <cmath>

namespace attnviz {

namespace {

void copy_row(std::span<const float> values, RowMatrix& rows, Eigen::Index node) {
  rows.row(node).head(static_cast<Eigen::Index>(values.size())) =
      Eigen::Map<const Eigen::RowVectorXf>(values.data(), static_cast<Eigen::Index>(values.size()));
}

}  // namespace

DecodeTrace::DecodeTrace(Eigen::Index capacity, const StepDecoder& decoder, int top_k)
    : top_k_(static_cast<int>(std::clamp<Eigen::Index>(top_k, 0, decoder.vocabulary_size()))),
      maps_(decoder.step_maps()), centres_(Eigen::VectorXf::Zero(capacity)), top_probs_(capacity, top_k_),
      top_ids_(capacity, top_k_),
      top_(std::max(top_k_, 1)) {
  for (const StepMap& map : maps_) {
    const Eigen::Index scored = map.has_scores ? capacity : 0;
    rows_.push_back({RowMatrix::Zero(capacity, map.width), RowMatrix::Zero(scored, scored > 0 ? map.width : 0)});
  }
}

int DecodeTrace::record(Eigen::Index node, const StepDecoder& decoder) {
  for (size_t m = 0; m < maps_.size(); ++m) {
    copy_row(decoder.weights(static_cast<int>(m)), rows_[m].weights, node);
    if (maps_[m].has_scores) copy_row(decoder.scores(static_cast<int>(m)), rows_[m].scores, node);
  }
  centres_(node) = decoder.window_centre();
  const std::span<const int> best = top_.select(decoder.log_probs(), std::max(top_k_, 1));
  for (int j = 0; j < top_k_; ++j) {
    top_ids_(node, j) = best[static_cast<size_t>(j)];
    top_probs_(node, j) = std::exp(decoder.log_probs()(best[static_cast<size_t>(j)]));
  }
  return best.front();
}

// The path's rows of one map; decoder self-attention has one column per
// decoder input of the path.
AttentionMap DecodeTrace::map_of(size_t m, const std::vector<PathStep>& path) const {
  const StepMap& map = maps_[m];
  const auto rows = static_cast<Eigen::Index>(path.size());
  const Eigen::Index cols = map.kind == MapKind::DecoderSelf ? rows : map.width;
  RowMatrix weights(rows, cols), scores(map.has_scores ? rows : 0, map.has_scores ? cols : 0);
  for (Eigen::Index t = 0; t < rows; ++t) {
    weights.row(t) = rows_[m].weights.row(path[static_cast<size_t>(t)].node).head(cols);
    if (map.has_scores) scores.row(t) = rows_[m].scores.row(path[static_cast<size_t>(t)].node).head(cols);
  }
  AttentionMap result = make_map(map.kind, map.layer, map.head, std::move(weights), std::move(scores));
  result.name = map.name;
  result.window = map.window;
  if (map.window > 0)
    for (const PathStep& step : path) result.window_centres.push_back(centres_(step.node));
  return result;
}

Alignment DecodeTrace::to_alignment(const std::vector<PathStep>& path,
                                    std::vector<std::string> labels, const SourceSentence& source,
                                    const Vocabulary& target_vocab) const {
  Alignment alignment;
  alignment.source_tokens = source.labels;
  alignment.source_unknown = source.unknown;
  alignment.source_tokens_dropped = source.dropped;
  for (const PathStep& step : path) {
    alignment.steps.push_back(step_of(step, target_vocab));
    alignment.logprob += step.logprob;
  }
  for (size_t m = 0; m < maps_.size(); ++m) alignment.maps.push_back(map_of(m, path));
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
