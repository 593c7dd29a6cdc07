#pragma once
// Where an exported picture or matrix came from, for the metadata of image
// files (PNG text chunk, SVG and PDF title/description): each model's
// name, score function, file SHA-256, decoding mode and beam width.

#include "export/ModelAlignment.h"

#include <string>

namespace attnviz {

// "model=additive score=additive sha256=<hex> mode=beam beam=4", one such
// group per model joined by "; ".
std::string provenance_text(const ModelAlignments& alignments);

// "Attention: the red car -> la voiture rouge (additive)": the words
// without </s> and the models in pane order; with several models, whose
// translations differ, only the source sentence.
std::string picture_title(const ModelAlignments& alignments);

}  // namespace attnviz
