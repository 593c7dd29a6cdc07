#pragma once
// Reading and writing the `.safetensors` file of a hierarchical attention
// network, with every check of the translation formats (the same
// container, metadata, vocabulary and tensor code) plus its own.

#include "classification/HanConfig.h"
#include "classification/HanWeights.h"
#include "tokens/Vocabulary.h"

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace attnviz {

struct SafetensorsContent;

// Everything a classifier file holds.
struct HanModelData {
  HanConfig config;
  Vocabulary vocab;
  std::vector<std::string> classes;
  HanWeights weights;
  std::string card_json;  // "" when the file has no card
};

// Reads and checks a file; throws ModelFileError naming the file and the problem.
HanModelData read_han_file(const std::filesystem::path& path);
// The same on bytes in memory; `path` only names the file in messages.
HanModelData read_han_bytes(std::span<const std::byte> file, const std::filesystem::path& path);
// The checks after the container's. Throws FormatError.
HanModelData han_from_container(const SafetensorsContent& content);
// Writes atomically: a failed write leaves any existing file as it was.
void write_han_file(const std::filesystem::path& path, const HanModelData& data);

}  // namespace attnviz
