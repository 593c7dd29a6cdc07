#pragma once
// One attention map of a result: which attention it is (kind, layer, head)
// and what labels its rows and columns. A GRU result has one map, the
// decoder's attention over the source; a Transformer result has one per
// kind, layer and head (TRANSFORMER_SPEC.md, "The maps a result carries").
// Views and exporters read a map's axes from the map, never assume them:
//   alignment.labels(map.rows), alignment.labels(map.cols)

#include "model/AttentionMechanism.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attnviz {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Which attention a map shows: the decoder attending to the source, the
// encoder to the source, or the decoder to its own earlier inputs.
enum class MapKind { Cross, EncoderSelf, DecoderSelf };

// Which tokens label an axis (Alignment::labels gives them): the target
// tokens (one per decoding step), the source tokens, or the decoder inputs
// (what each step read: <s>, then the token emitted before it).
enum class MapAxis { Target, Source, DecoderInput };

// `head` of a map that averages every head of its layer (the Transformer's
// headline map).
inline constexpr int kMeanOverHeads = -1;
// `head` of a map that follows attention down through its layer and every
// layer below (attention rollout, AttentionRollout.h).
inline constexpr int kRollout = -2;
// `head` of a hard attention model's second map: the policy (the softmax
// over source positions) each one-hot row of its headline was chosen from.
inline constexpr int kPolicy = -3;

// The defaults are the GRU's one map: cross-attention, layer 0, head 0,
// target rows x source columns. A hard attention GRU adds its policy
// (head kPolicy) after it.
struct AttentionMap {
  std::string name;   // what a view titles it: "attention", "cross, layer 2, head 3"
  RowMatrix weights;  // the softmax output: every row sums to 1 (decoder_self: 0 above the diagonal)
  RowMatrix scores;   // the raw energies before the softmax; 0x0 when the map has none (a mean of heads)
  MapKind kind = MapKind::Cross;
  int layer = 0;      // counted from 0
  int head = 0;       // counted from 0, or kMeanOverHeads, or kRollout
  MapAxis rows = MapAxis::Target;
  MapAxis cols = MapAxis::Source;
  // Local attention (MODEL_SPEC.md, "Attention mechanisms"): row t weighed
  // only source positions within window of window_centres[t] (p_t); every
  // other weight is exactly 0. window 0 and no centres: global attention.
  int window = 0;
  std::vector<float> window_centres = {};
  // Sentences decoded one by one and joined (JoinedSentences.h): per row,
  // the columns of its own sentence, where its window stops. Empty: one
  // sentence, every column.
  std::vector<WindowSpan> window_sentences = {};
};

// Each row's window [p_t - D, p_t + D] in columns, clipped to its own
// sentence; empty for a map without a window.
std::vector<WindowSpan> window_spans(const AttentionMap& map);

// The axes every map of a kind has: cross is target x source, encoder_self
// source x source, decoder_self target x decoder inputs.
MapAxis row_axis(MapKind kind);
MapAxis column_axis(MapKind kind);
// A map of `kind` with its axes and a name such as "decoder_self, layer 1, head 0".
AttentionMap make_map(MapKind kind, int layer, int head, RowMatrix weights, RowMatrix scores = {});

// One head's own map, not a mean of heads, a rollout or a policy.
inline bool is_single_head(const AttentionMap& map) { return map.head >= 0; }

// "cross", "encoder_self", "decoder_self": the spec's names, as JSON writes them.
const char* to_string(MapKind kind);
std::optional<MapKind> parse_map_kind(std::string_view name);

}  // namespace attnviz
