#pragma once
// Reading and writing the `.safetensors` model file of MODEL_SPEC.md, and
// opening any model file (the Transformer's: model/TransformerFile.h).

#include "model/AttentionModel.h"
#include "model/ModelConfig.h"
#include "model/Seq2SeqWeights.h"
#include "tokens/Vocabulary.h"

#include <filesystem>
#include <cstddef>
#include <memory>
#include <span>
#include <string>

namespace attnviz {

struct SafetensorsContent;

// Everything a seq2seq model file holds.
struct Seq2SeqModelData {
  ModelConfig config;
  Vocabulary src_vocab;
  Vocabulary tgt_vocab;
  Seq2SeqWeights weights;
  std::string card_json;  // "" when the file has no card
};

// Reads and checks a file; throws ModelFileError naming the file and the
// problem for anything the spec rejects.
Seq2SeqModelData read_seq2seq_file(const std::filesystem::path& path);
// The same checks on a file already in memory; `path` only names it in
// messages. Lets load_model hash the bytes it parsed, and fuzzers skip the disk.
Seq2SeqModelData read_seq2seq_bytes(std::span<const std::byte> file, const std::filesystem::path& path);
// The checks after the container's: metadata, vocabularies, tensors.
// Throws FormatError (the callers above add the file's name).
Seq2SeqModelData seq2seq_from_container(const SafetensorsContent& content);
// Opens any model file attnviz can run, dispatching on its metadata
// `format` (attnviz-seq2seq or attnviz-transformer). Throws ModelFileError.
std::unique_ptr<AttentionModel> load_model(const std::filesystem::path& path);
// The same on bytes in memory; `path` names the model and the file in messages.
std::unique_ptr<AttentionModel> load_model_bytes(std::span<const std::byte> file, const std::filesystem::path& path);
// Writes atomically (temporary file in the same folder, then rename): an
// interrupted write never leaves a partial file. Throws std::runtime_error
// naming the path when it cannot write.
void write_seq2seq_file(const std::filesystem::path& path, const Seq2SeqModelData& data);

}  // namespace attnviz
