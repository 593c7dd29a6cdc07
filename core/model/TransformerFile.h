#pragma once
// Reading and writing the `.safetensors` Transformer file of
// TRANSFORMER_SPEC.md, with every check of the seq2seq reader (the same
// container, metadata and vocabulary code) plus the spec's own.

#include "model/TransformerConfig.h"
#include "model/TransformerWeights.h"
#include "tokens/Vocabulary.h"

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>

namespace attnviz {

struct SafetensorsContent;

// Everything a Transformer file holds.
struct TransformerModelData {
  TransformerConfig config;
  Vocabulary src_vocab;
  Vocabulary tgt_vocab;
  TransformerWeights weights;
  std::string card_json;  // "" when the file has no card
};

// Reads and checks a file; throws ModelFileError naming the file and the problem.
TransformerModelData read_transformer_file(const std::filesystem::path& path);
// The same on bytes in memory; `path` only names the file in messages.
TransformerModelData read_transformer_bytes(std::span<const std::byte> file, const std::filesystem::path& path);
// The checks after the container's: metadata, vocabularies, tensors.
// Throws FormatError (load_model adds the file's name).
TransformerModelData transformer_from_container(const SafetensorsContent& content);
// Writes atomically, as write_seq2seq_file does.
void write_transformer_file(const std::filesystem::path& path, const TransformerModelData& data);

}  // namespace attnviz
