#pragma once
// The `__metadata__` of a Transformer file (TRANSFORMER_SPEC.md, "The
// file"): format "attnviz-transformer", format_version, config,
// src_vocab, tgt_vocab and an optional card.

#include "model/ModelMetadata.h"
#include "model/TransformerConfig.h"

namespace attnviz {

// Bounds beyond kMaxLayerSize: a deeper model or a longer positional table
// is refused as absurd (the table is computed at load, P x d floats).
inline constexpr int kMaxTransformerLayers = 64;
inline constexpr int kMaxPositions = 8192;

struct TransformerMetadata {
  TransformerConfig config;
  std::vector<std::string> src_vocab;  // checked for shape only: the Vocabulary checks the tokens
  std::vector<std::string> tgt_vocab;
  std::string card_json;               // verbatim, "" when absent
};

// Checks and reads the metadata map. Throws FormatError.
TransformerMetadata parse_transformer_metadata(const Metadata& metadata);
Metadata to_metadata_map(const TransformerMetadata& metadata);

}  // namespace attnviz
