#include "alignment/AttentionMap.h"

namespace attnviz {

MapAxis row_axis(MapKind kind) { return kind == MapKind::EncoderSelf ? MapAxis::Source : MapAxis::Target; }

MapAxis column_axis(MapKind kind) {
  switch (kind) {
    case MapKind::Cross: return MapAxis::Source;
    case MapKind::EncoderSelf: return MapAxis::Source;
    case MapKind::DecoderSelf: return MapAxis::DecoderInput;
  }
  return MapAxis::Source;
}

AttentionMap make_map(MapKind kind, int layer, int head, RowMatrix weights, RowMatrix scores) {
  const std::string heads = head == kMeanOverHeads ? "mean over heads"
                            : head == kRollout     ? "rollout of layers 0-" + std::to_string(layer)
                                                   : "head " + std::to_string(head);
  return {std::string(to_string(kind)) + ", layer " + std::to_string(layer) + ", " + heads,
          std::move(weights), std::move(scores), kind, layer, head, row_axis(kind), column_axis(kind)};
}

const char* to_string(MapKind kind) {
  switch (kind) {
    case MapKind::Cross: return "cross";
    case MapKind::EncoderSelf: return "encoder_self";
    case MapKind::DecoderSelf: return "decoder_self";
  }
  return "unknown";
}

std::optional<MapKind> parse_map_kind(std::string_view name) {
  for (MapKind kind : {MapKind::Cross, MapKind::EncoderSelf, MapKind::DecoderSelf})
    if (name == to_string(kind)) return kind;
  return std::nullopt;
}

}  // namespace attnviz
