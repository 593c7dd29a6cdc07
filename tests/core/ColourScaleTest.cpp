#include "alignment/ColourScale.h"

#include <gtest/gtest.h>

namespace attnviz {
namespace {

TEST(ColourScale, mapsEachRowOntoZeroToOne) {
  RowMatrix values(3, 3);
  values << 0.1f, 0.2f, 0.3f,
            -2.0f, 0.0f, 2.0f,
            0.5f, 0.5f, 0.5f;
  RowMatrix expected(3, 3);
  expected << 0.0f, 0.5f, 1.0f,
              0.0f, 0.5f, 1.0f,
              1.0f, 1.0f, 1.0f;
  EXPECT_TRUE(scaled_per_row(values).isApprox(expected, 1e-6f)) << scaled_per_row(values);
}

}  // namespace
}  // namespace attnviz
