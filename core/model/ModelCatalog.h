#pragma once
// Where the shipped models are, so that nobody has to configure a path.
// Folders searched, first one holding any model wins:
//   $ATTNVIZ_MODELS_DIR, if set;
//   <folder of the running program>/../share/attnviz/models (after cmake --install);
//   the source tree's resources/models (in a build tree).

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace attnviz {

std::vector<std::filesystem::path> model_search_folders();
// The shipped models, the score-function models first in a fixed order
// (additive, general, dot, scaled_dot, cosine), any others by name.
std::vector<std::filesystem::path> shipped_model_paths();
// A model given on a command line or in settings: an existing file path as
// it is, otherwise the name of a shipped model ("additive"). Throws
// std::runtime_error listing the shipped names when there is no such model.
std::filesystem::path resolve_model(std::string_view name_or_path);

}  // namespace attnviz
