#pragma once
// The `__metadata__` of a hierarchical attention network file
// (docs/model-spec.md, "Hierarchical attention for documents"): format
// "attnviz-han", format_version, config, vocab, classes and an optional
// card, every value a string holding JSON, read with the helpers the
// translation formats use so that the same faults get the same messages.

#include "classification/HanConfig.h"
#include "model/ModelMetadata.h"

namespace attnviz {

inline constexpr const char* kHanFormat = "attnviz-han";
// More classes than this is refused as absurd.
inline constexpr int kMaxClasses = 1000;

struct HanMetadata {
  HanConfig config;
  std::vector<std::string> vocab;    // checked for shape only: the Vocabulary checks the tokens
  std::vector<std::string> classes;  // 2..kMaxClasses unique, non-empty names
  std::string card_json;             // verbatim, "" when absent
};

// Checks and reads the metadata map. Throws FormatError.
HanMetadata parse_han_metadata(const Metadata& metadata);
Metadata to_metadata_map(const HanMetadata& metadata);

}  // namespace attnviz
