#pragma once
// An attention matrix drawn with characters, readable in an 80-column
// terminal: target tokens down the left, source tokens written vertically
// above their columns, wide matrices split into column chunks. In colour
// (viridis backgrounds) on a terminal, plain shade characters otherwise.

#include "alignment/Alignment.h"

#include <iosfwd>

namespace attnviz::cli {

struct TerminalStyle {
  bool colour = false;       // 24-bit ANSI backgrounds; off when not a terminal
  bool print_weights = false;  // the weight in each cell instead of a shade
  int width = 80;            // columns available
};

void print_heatmap(std::ostream& out, const Alignment& alignment, const TerminalStyle& style);
// True when stdout is a terminal that wants colour (not NO_COLOR, not TERM=dumb).
bool stdout_wants_colour();

}  // namespace attnviz::cli
