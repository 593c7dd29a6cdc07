#pragma once
// What a model says about one sentence: the tokens, one or more attention
// maps over them, and how sure the decoder was at each step. Every view and
// every export reads only this type, so a new kind of model (a Transformer
// with a map per layer and head) reaches the UI without touching it.

#include "alignment/AttentionMap.h"
#include "alignment/BeamTree.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <vector>

namespace attnviz {

// Longer input is cut to this many tokens (before </s>), so that a pasted
// book can neither hang decoding nor make an unreadable heatmap.
inline constexpr int kMaxSourceTokens = 200;

struct Alternative {
  std::string token;
  int id = 0;
  float probability = 0;
};

// One target step: how likely the chosen (or forced) token was, and what
// else the decoder considered at that step, best first.
struct DecodeStep {
  float probability = 0;
  std::vector<Alternative> top;
};

enum class DecodeMode { Greedy, Beam, Forced };

struct Alignment {
  std::vector<std::string> source_tokens;  // column labels, as typed; last is </s>
  std::vector<bool> source_unknown;        // true where a source word is not in the vocabulary
  std::vector<std::string> target_tokens;  // row labels; last is </s> when emitted
  std::vector<bool> target_unknown;        // forced decoding or a prefix: true where a forced word is not in the vocabulary
  std::vector<bool> target_forced;         // with a target prefix: true on the rows it forced; else empty
  std::string translation;                 // the target tokens detokenized, without </s>
  std::vector<AttentionMap> maps;          // at least one; the first is the headline (primary)
  std::vector<DecodeStep> steps;           // one per target row
  double logprob = 0;                      // natural log, summed over every row's token
  DecodeMode mode = DecodeMode::Greedy;
  int beam_width = 1;
  int source_tokens_dropped = 0;           // words cut beyond kMaxSourceTokens, shown as a notice
  std::optional<BeamTree> beam_tree;       // beam search with DecodeOptions::record_beam_tree

  // The map a pane shows first and AER is measured on: the GRU's attention,
  // the Transformer's last-layer cross-attention averaged over its heads.
  const AttentionMap& primary() const { return maps.front(); }
  // The tokens along `axis`: the row or column labels of a map
  // (labels(map.rows), labels(map.cols)).
  std::vector<std::string> labels(MapAxis axis) const;
  Eigen::Index rows() const { return static_cast<Eigen::Index>(target_tokens.size()); }
  Eigen::Index cols() const { return static_cast<Eigen::Index>(source_tokens.size()); }
};

const char* to_string(DecodeMode mode);

}  // namespace attnviz
