#pragma once

#include <string>
#include <vector>

namespace attnviz {

// A view of one tensor: its name in the file, its PyTorch shape, its floats.
struct TensorRef {
  std::string name;
  std::vector<long long> shape;
  float* data;
  long long size() const;
};

}  // namespace attnviz
