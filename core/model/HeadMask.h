#pragma once
// Which heads of a Transformer are switched off for one decode
// (DecodeOptions::masked_heads), checked against the model once so that the
// layers only ask "is head a of this layer off?" while they run.
//
// Basic usage:
//   const HeadMask mask(options.masked_heads, config);  // throws on a head the model lacks
//   silence_heads(mask.off(MapKind::Cross, layer), config.head_size(), context);

#include "alignment/AttentionMap.h"
#include "decoding/DecodeOptions.h"
#include "model/TransformerConfig.h"

#include <Eigen/Core>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace attnviz {

class HeadMask {
 public:
  HeadMask() = default;
  // Throws std::invalid_argument naming a head that is not in the model.
  HeadMask(const std::vector<HeadRef>& heads, const TransformerConfig& config);

  // One flag per head of the layer (1 = off), or empty when none is off.
  std::span<const char> off(MapKind kind, int layer) const;
  bool empty() const { return flags_.empty(); }

 private:
  size_t first_flag(MapKind kind, int layer) const;

  int heads_ = 0, enc_layers_ = 0, dec_layers_ = 0;
  std::vector<char> flags_;  // [encoder_self layers, decoder_self layers, cross layers] x heads
};

// Zeroes the part of `context` (the heads concatenated, one block of
// `head_size` per head: columns of a matrix of rows, entries of one vector)
// that belongs to a head flagged off.
void silence_heads(std::span<const char> off, Eigen::Index head_size, RowMatrix& context);
void silence_heads(std::span<const char> off, Eigen::Index head_size, Eigen::VectorXf& context);

// A head as the messages and the CLI write it, kind:layer:head ("cross:1:0").
std::string to_string(const HeadRef& head);
// Reads "kind:layer:head"; throws std::invalid_argument saying what is wrong.
HeadRef parse_head_ref(std::string_view text);

}  // namespace attnviz
