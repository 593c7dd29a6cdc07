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

std::vector<WindowSpan> window_spans(const AttentionMap& map) {
  std::vector<WindowSpan> spans;
  if (map.window <= 0) return spans;
  const WindowSpan every_column{0, static_cast<int>(map.weights.cols()) - 1};
  for (size_t row = 0; row < map.window_centres.size(); ++row) {
    const WindowSpan sentence = row < map.window_sentences.size() ? map.window_sentences[row] : every_column;
    const WindowSpan own = window_span(map.window_centres[row] - static_cast<float>(sentence.first), map.window, sentence.size());
    spans.push_back({own.first + sentence.first, own.last + sentence.first});
  }
  return spans;
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
