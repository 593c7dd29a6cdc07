#pragma once
// NumPy's .npy format (numpy.lib.format, "NPY format version 1.0"):
//   "\x93NUMPY" 1 0 <uint16 LE header length> <Python dict literal, padded
//   with spaces to a multiple of 64 bytes and ended by '\n'> <raw data>
// so that `numpy.load("x.npy")` gives the float32 [target, source] matrix.

#include "alignment/Alignment.h"

#include <string>
#include <string_view>

namespace attnviz {

// The bytes of a float32, C-order, version 1.0 .npy file holding `matrix`.
std::string to_npy(const RowMatrix& matrix);

// Reads a 2-D float32 or float64 little-endian array in C or Fortran order
// from any format version (1.0, 2.0, 3.0). Throws MatrixFileError naming
// `file` and what is wrong (e.g. "dtype '<i8' is not a float array").
RowMatrix parse_npy(std::string_view bytes, const std::string& file);

}  // namespace attnviz
