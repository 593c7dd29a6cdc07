#pragma once
// The `__metadata__` of a seq2seq model file (MODEL_SPEC.md, "The file"):
// format, format_version, config, src_vocab, tgt_vocab and an optional card,
// every value a string holding JSON.

#include "model/ModelConfig.h"
#include "model/ModelMetadata.h"

#include <map>
#include <string>
#include <vector>

namespace attnviz {

struct Seq2SeqMetadata {
  ModelConfig config;
  std::vector<std::string> src_vocab;  // checked for shape only: the Vocabulary checks the tokens
  std::vector<std::string> tgt_vocab;
  std::string card_json;               // verbatim, "" when absent
};

// Checks and reads the metadata map. Throws FormatError.
Seq2SeqMetadata parse_seq2seq_metadata(const std::map<std::string, std::string>& metadata);
std::map<std::string, std::string> to_metadata_map(const Seq2SeqMetadata& metadata);

}  // namespace attnviz
