#include "model/ModelTensors.h"

#include "model/FormatError.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace attnviz {
namespace {

void require_finite(const TensorRef& tensor) {
  const float* begin = tensor.data;
  const float* end = begin + tensor.size();
  const float* bad = std::find_if(begin, end, [](float x) { return !std::isfinite(x); });
  if (bad != end)
    throw FormatError("tensor " + tensor.name + " has " + (std::isnan(*bad) ? "a NaN" : "an infinite value") +
                      " at index " + std::to_string(bad - begin));
}

}  // namespace

Vocabulary make_vocabulary(std::vector<std::string> tokens, const std::string& key) {
  try {
    return Vocabulary(std::move(tokens));
  } catch (const std::invalid_argument& error) {
    throw FormatError(key + ": " + error.what());
  }
}

void require_known_tensors(const Tensors& tensors, const ExpectedTensors& expected, const std::string& model) {
  for (const auto& tensor : tensors) {
    const std::string& name = tensor.first;  // a plain reference: clang 14 cannot capture a structured binding
    const bool known = std::any_of(expected.begin(), expected.end(), [&](const auto& e) { return e.first == name; });
    if (!known) throw FormatError("tensor " + name + " is not part of " + model);
  }
}

void require_expected_shapes(const Tensors& tensors, const ExpectedTensors& expected) {
  for (const auto& [name, shape] : expected) {
    const auto found = tensors.find(name);
    if (found == tensors.end()) throw FormatError("tensor " + name + " is missing");
    if (found->second.shape != shape)
      throw FormatError("tensor " + name + " has shape " + shape_to_string(found->second.shape) + ", config says " +
                        shape_to_string(shape));
  }
}

// memcpy because the data need not be aligned for float.
void copy_weights(const Tensors& tensors, const std::vector<TensorRef>& destinations) {
  for (const TensorRef& destination : destinations) {
    const std::span<const std::byte> bytes = tensors.at(destination.name).bytes;
    std::memcpy(destination.data, bytes.data(), bytes.size());
    require_finite(destination);
  }
}

}  // namespace attnviz
