#include "alignment/MapFocus.h"

#include <algorithm>

namespace attnviz {

Alignment focus_on_map(const Alignment& alignment, size_t index) {
  Alignment focused = alignment;
  std::rotate(focused.maps.begin(), focused.maps.begin() + static_cast<std::ptrdiff_t>(index),
              focused.maps.begin() + static_cast<std::ptrdiff_t>(index) + 1);
  const AttentionMap& map = focused.primary();
  const bool same_axes = map.rows == MapAxis::Target && map.cols == MapAxis::Source;
  if (same_axes) return focused;
  focused.target_tokens = alignment.labels(map.rows);
  focused.source_tokens = alignment.labels(map.cols);
  focused.source_unknown = map.cols == MapAxis::Source ? alignment.source_unknown : std::vector<bool>{};
  focused.target_unknown = map.rows == MapAxis::Source ? alignment.source_unknown : std::vector<bool>{};
  if (map.rows != MapAxis::Target) focused.steps.clear();
  return focused;
}

std::optional<size_t> find_map(const Alignment& alignment, MapKind kind, int layer, int head) {
  for (size_t i = 0; i < alignment.maps.size(); ++i) {
    const AttentionMap& map = alignment.maps[i];
    if (map.kind == kind && map.layer == layer && map.head == head) return i;
  }
  return std::nullopt;
}

std::vector<size_t> head_maps(const Alignment& alignment, MapKind kind) {
  const MapGridShape shape = map_grid_shape(alignment, kind);
  std::vector<size_t> indices;
  for (int layer = 0; layer < shape.layers; ++layer)
    for (int head = 0; head < shape.heads; ++head)
      if (const std::optional<size_t> index = find_map(alignment, kind, layer, head)) indices.push_back(*index);
  return indices;
}

std::vector<Alignment> focus_on_heads(const Alignment& alignment, MapKind kind) {
  std::vector<Alignment> heads;
  for (size_t index : head_maps(alignment, kind)) heads.push_back(focus_on_map(alignment, index));
  return heads;
}

MapGridShape map_grid_shape(const Alignment& alignment, MapKind kind) {
  MapGridShape shape;
  for (const AttentionMap& map : alignment.maps) {
    if (map.kind != kind || !is_single_head(map)) continue;
    shape.layers = std::max(shape.layers, map.layer + 1);
    shape.heads = std::max(shape.heads, map.head + 1);
  }
  return shape;
}

}  // namespace attnviz
