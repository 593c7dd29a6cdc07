#pragma once
// NumPy's .npy format (numpy.lib.format, "NPY format version 1.0"):
//   "\x93NUMPY" 1 0 <uint16 LE header length> <Python dict literal, padded
//   with spaces to a multiple of 64 bytes and ended by '\n'> <raw data>
// so that `numpy.load("x.npy")` gives the float32 [target, source] matrix.

#include "alignment/Alignment.h"

#include <string>
#include <string_view>
#include <vector>

namespace attnviz {

// The bytes of a float32, C-order, version 1.0 .npy file holding `matrix`.
std::string to_npy(const RowMatrix& matrix);

// At most this many layers or heads, and numbers in all, in one array.
inline constexpr long long kMaxLayersOrHeads = 1024;
inline constexpr long long kMaxNpyElements = 64LL << 20;

// The attention a .npy holds, in C order: one [target, source] matrix, or
// one per head (3-D [heads, target, source]), or per layer and head (4-D
// [layers, heads, target, source], or 5-D [layers, 1, heads, target,
// source] as Hugging Face's output_attentions stacked with its batch axis).
struct NpyArray {
  int layers = 0;  // 0 for a 2-D or 3-D array
  int heads = 0;   // 0 for a 2-D array
  long long rows = 0, cols = 0;
  std::vector<float> values;
  // The [target, source] matrix of one layer and head (0, 0 for a 2-D array).
  RowMatrix matrix(int layer, int head) const;
};

// Reads a float16, float32 or float64 array of either byte order ('<f2',
// '>f4', ...) in C or Fortran order from any format version (1.0, 2.0,
// 3.0). Throws MatrixFileError naming `file` and what is wrong (e.g.
// "dtype '<i8' is not supported", a 5-D array whose batch is not 1).
NpyArray parse_npy_array(std::string_view bytes, const std::string& file);
// The same for a 2-D array only.
RowMatrix parse_npy(std::string_view bytes, const std::string& file);

}  // namespace attnviz
