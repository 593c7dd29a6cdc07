#pragma once

#include <string>

namespace attnviz {

// What the UI and CLI show about a model, without reaching into its weights.
struct ModelInfo {
  std::string name;         // file name without .safetensors
  std::string path;         // as given to the loader
  std::string kind;         // "seq2seq"; later "transformer", ...
  std::string score;        // score function name, e.g. "additive"
  std::string mechanism = "global";  // "global", "local-m", "local-p" or "hard" (MODEL_SPEC.md)
  int window = 0;           // D of a local mechanism, 0 for global and hard
  std::string src_lang;
  std::string tgt_lang;
  std::string card_json;    // the card metadata as JSON text, "" when the file has none
  std::string sha256;       // of the whole file, hex, for provenance in exports
  long long parameters = 0; // number of float weights
};

}  // namespace attnviz
