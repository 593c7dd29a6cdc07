#pragma once
// The sizes of a hierarchical attention network (docs/model-spec.md,
// "Hierarchical attention for documents"). Each attention layer projects
// to the size of the annotations it reads (2 Hw, 2 Hs), as Yang et al.
// (2016) do.

namespace attnviz {

struct HanConfig {
  int embed = 32;            // E, word embedding size
  int word_hidden = 32;      // Hw, word GRU hidden size per direction
  int sentence_hidden = 32;  // Hs, sentence GRU hidden size per direction
};

}  // namespace attnviz
