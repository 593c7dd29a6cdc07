#include "alignment/AttentionRollout.h"

#include <map>

namespace attnviz {
namespace {

// Each encoder layer's heads summed, layer by layer in order.
std::map<int, RowMatrix> encoder_head_sums(const Alignment& alignment, std::map<int, int>& heads) {
  std::map<int, RowMatrix> sums;
  for (const AttentionMap& map : alignment.maps) {
    if (map.kind != MapKind::EncoderSelf || !is_single_head(map)) continue;
    auto [it, first] = sums.try_emplace(map.layer, map.weights);
    if (!first) it->second += map.weights;
    ++heads[map.layer];
  }
  return sums;
}

}  // namespace

void add_rollouts(Alignment& alignment) {
  std::map<int, int> heads;
  const std::map<int, RowMatrix> sums = encoder_head_sums(alignment, heads);
  if (sums.empty()) return;
  const Eigen::Index n = sums.begin()->second.rows();
  RowMatrix rollout = RowMatrix::Identity(n, n);
  for (const auto& [layer, sum] : sums) {
    const RowMatrix with_residual =
        0.5f * sum / static_cast<float>(heads[layer]) + 0.5f * RowMatrix::Identity(n, n);
    rollout = with_residual * rollout;
  }
  const int last_layer = sums.rbegin()->first;
  const AttentionMap& headline = alignment.primary();
  if (headline.kind == MapKind::Cross && headline.cols == MapAxis::Source && headline.weights.cols() == n) {
    AttentionMap cross = make_map(MapKind::Cross, headline.layer, kRollout, headline.weights * rollout);
    cross.name = "cross, layer " + std::to_string(headline.layer) + ", mean over heads, rolled out through the encoder";
    alignment.maps.push_back(std::move(cross));
  }
  alignment.maps.push_back(make_map(MapKind::EncoderSelf, last_layer, kRollout, std::move(rollout)));
}

}  // namespace attnviz
