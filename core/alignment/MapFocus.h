#pragma once
// One map of a result as an alignment of its own, so that every view that
// reads an Alignment (heatmap, lines, row details, copy, export, statistics)
// can show a Transformer's encoder or decoder self-attention, or one head,
// exactly as it shows the headline cross-attention.

#include "alignment/Alignment.h"

#include <optional>
#include <vector>

namespace attnviz {

// A copy whose primary() is maps[index] (the others follow in their order)
// and whose target and source tokens are that map's row and column labels.
// Per-step data (probabilities, top-k, unknown flags) stay only when the rows
// are still the target steps and the columns the source: on another axis
// they would label the wrong tokens.
Alignment focus_on_map(const Alignment& alignment, size_t index);

// The index of the map with this kind, layer and head, if the result has it.
std::optional<size_t> find_map(const Alignment& alignment, MapKind kind, int layer, int head);

// Layers and heads a result has of one kind (0 and 0 when it has none):
// what a grid of small multiples needs to lay itself out.
struct MapGridShape {
  int layers = 0;
  int heads = 0;
};
MapGridShape map_grid_shape(const Alignment& alignment, MapKind kind);
// The indices of every single-head map of `kind`, layer by layer and head
// by head: the order a grid of them reads in.
std::vector<size_t> head_maps(const Alignment& alignment, MapKind kind);
// Each of those maps focused (focus_on_map), in that order: the panels of
// a figure of every head of one kind.
std::vector<Alignment> focus_on_heads(const Alignment& alignment, MapKind kind);

}  // namespace attnviz
