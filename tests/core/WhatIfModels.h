#pragma once
// The models the what-if tests run on, one per family and kind of file:
// PyTorch's GRU fixture, a shipped (trained) GRU, and the Transformer
// fixture. A trained model makes interventions change real translations;
// the fixtures tie the checks to the files parity is proven on.

#include "model/AttentionModel.h"
#include "model/ModelFile.h"

#include <memory>
#include <string>

namespace attnviz::testing {

inline const char* const kWhatIfModels[] = {
    ATTNVIZ_FIXTURES_DIR "/parity/additive.safetensors",
    ATTNVIZ_MODELS_DIR "/dot.safetensors",
    ATTNVIZ_FIXTURES_DIR "/transformer/transformer.safetensors",
};

inline std::unique_ptr<AttentionModel> load_what_if_model(const std::string& path) { return load_model(path); }

// "parity_additive", "shipped_dot", "transformer": readable test names.
inline std::string what_if_model_name(const std::string& path) {
  const std::string stem = path.substr(path.find_last_of('/') + 1, path.find_last_of('.') - path.find_last_of('/') - 1);
  if (path.find("/parity/") != std::string::npos) return "parity_" + stem;
  if (path.find("/transformer/") != std::string::npos) return stem;
  return "shipped_" + stem;
}

}  // namespace attnviz::testing
