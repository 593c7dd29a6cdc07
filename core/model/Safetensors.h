#pragma once
// The safetensors container: an 8-byte little-endian header length, a JSON
// header naming each tensor's dtype, shape and byte range, then the raw
// tensor bytes. Only float32 tensors, the one dtype attnviz models use.

#include "model/Seq2SeqWeights.h"

#include <cstddef>
#include <map>
#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace attnviz {

// Headers longer than this are refused before parsing (MODEL_SPEC.md).
inline constexpr std::uint64_t kMaxHeaderBytes = 100'000'000;

struct SafetensorsTensor {
  std::vector<long long> shape;
  std::span<const std::byte> bytes;  // a view into the file, not aligned
};

struct SafetensorsContent {
  std::map<std::string, std::string> metadata;  // the header's __metadata__
  std::map<std::string, SafetensorsTensor> tensors;
};

// Checks the container (sizes, header, every tensor entry, that the tensors
// tile the data region exactly to the end of the file) and returns views
// into `file`. Throws FormatError.
SafetensorsContent parse_safetensors(std::span<const std::byte> file);

// "[1500,64]", as messages show shapes.
std::string shape_to_string(const std::vector<long long>& shape);

// Writes `tensors` in order after a header holding `metadata`, padded with
// spaces to a multiple of 8 bytes as the reference writer does.
void write_safetensors(std::ostream& out, const std::map<std::string, std::string>& metadata,
                       const std::vector<TensorRef>& tensors);

}  // namespace attnviz
