#include "model/PositionalEncoding.h"

#include <cmath>

namespace attnviz {

RowMatrix positional_encoding(int positions, int d) {
  RowMatrix table(positions, d);
  for (int p = 0; p < positions; ++p) {
    for (int i = 0; i < d; i += 2) {
      const double angle = p / std::pow(10000.0, static_cast<double>(i) / d);
      table(p, i) = static_cast<float>(std::sin(angle));
      if (i + 1 < d) table(p, i + 1) = static_cast<float>(std::cos(angle));
    }
  }
  return table;
}

}  // namespace attnviz
