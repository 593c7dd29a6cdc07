#pragma once
// The models a command runs: those named with --model (a file or the name
// of a shipped model), or by default the shipped ones.

#include "model/AttentionModel.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

namespace attnviz::cli {

enum class DefaultModels { AllShipped, FirstShipped };

// Adds the repeatable --model NAME|FILE option. Each --model takes exactly
// one value, so that `--model a.safetensors "the red car"` leaves the
// sentence to the positional argument.
CLI::Option* add_model_option(CLI::App& command, std::vector<std::string>& models, const std::string& help);

// Throws ModelFileError for a rejected file, std::runtime_error when a name
// is unknown or no model is shipped.
std::vector<std::unique_ptr<AttentionModel>> load_models(const std::vector<std::string>& names,
                                                         DefaultModels fallback);

}  // namespace attnviz::cli
