#pragma once
// The models a command runs: those named with --model (a file or the name
// of a shipped model), or by default the shipped ones.

#include "model/AttentionModel.h"

#include <memory>
#include <string>
#include <vector>

namespace attnviz::cli {

enum class DefaultModels { AllShipped, FirstShipped };

// Throws ModelFileError for a rejected file, std::runtime_error when a name
// is unknown or no model is shipped.
std::vector<std::unique_ptr<AttentionModel>> load_models(const std::vector<std::string>& names,
                                                         DefaultModels fallback);

}  // namespace attnviz::cli
