#pragma once
// Qt 6.4.2 as Debian builds it fills pixmaps and images with AVX2
// (qt_memfill32, behind QPixmap::fill, QCustomPlot's buffer clears, label
// caches and text) and returns with the upper halves of the ymm registers
// still in use: no vzeroupper. Until the next vzeroupper each switch
// between SSE code (QCustomPlot, most of Qt, glibc's log() wrapper) and
// AVX code (our -march=native build, glibc's string functions) stalls. On
// our 2-core machine a log() call took 200 ns instead of 3.3 ns, and the
// five shipped panes of a 31-word sentence took 5.2 ms to draw instead of
// 4.1 (bench/frame_time, README).
//
// Called before the loops that cross that line once per cell or row.

namespace attnviz::ui {

// Leaves the upper halves of the vector registers unused (vzeroupper) on a
// CPU with AVX; does nothing elsewhere.
void clear_upper_vector_state();

}  // namespace attnviz::ui
