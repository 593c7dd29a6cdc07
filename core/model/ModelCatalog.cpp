#include "model/ModelCatalog.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <stdexcept>
#include <system_error>

namespace attnviz {
namespace {

namespace fs = std::filesystem;

// Bahdanau's additive score first, as the classic; then Luong's general and
// dot, the Transformer's scaled dot, and cosine.
constexpr std::array<std::string_view, 5> kPaneOrder = {"additive", "general", "dot",
                                                       "scaled_dot", "cosine"};

std::size_t pane_rank(const fs::path& model) {
  const std::string stem = model.stem().string();
  const auto found = std::find(kPaneOrder.begin(), kPaneOrder.end(), stem);
  return static_cast<std::size_t>(found - kPaneOrder.begin());
}

fs::path installed_models_folder() {
  std::error_code error;
  const fs::path program = fs::read_symlink("/proc/self/exe", error);
  if (error) return {};
  return program.parent_path().parent_path() / ATTNVIZ_INSTALL_MODELS_DIR;
}

std::vector<fs::path> models_in(const fs::path& folder) {
  std::vector<fs::path> models;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
    if (entry.path().extension() == ".safetensors" && entry.is_regular_file(error))
      models.push_back(entry.path());
  }
  return models;
}

std::string shipped_names() {
  std::string names;
  for (const fs::path& model : shipped_model_paths())
    names += (names.empty() ? "" : ", ") + model.stem().string();
  return names.empty() ? "none found" : names;
}

}  // namespace

std::vector<fs::path> model_search_folders() {
  std::vector<fs::path> folders;
  if (const char* configured = std::getenv("ATTNVIZ_MODELS_DIR"); configured && *configured)
    folders.emplace_back(configured);
  if (fs::path installed = installed_models_folder(); !installed.empty())
    folders.push_back(std::move(installed));
  folders.emplace_back(ATTNVIZ_SOURCE_MODELS_DIR);
  return folders;
}

std::vector<fs::path> shipped_model_paths() {
  for (const fs::path& folder : model_search_folders()) {
    std::vector<fs::path> models = models_in(folder);
    if (models.empty()) continue;
    std::sort(models.begin(), models.end(), [](const fs::path& a, const fs::path& b) {
      return std::make_pair(pane_rank(a), a.filename()) < std::make_pair(pane_rank(b), b.filename());
    });
    return models;
  }
  return {};
}

fs::path resolve_model(std::string_view name_or_path) {
  const fs::path given(name_or_path);
  std::error_code error;
  if (fs::exists(given, error)) return given;
  for (const fs::path& model : shipped_model_paths())
    if (model.stem() == given) return model;
  throw std::runtime_error("no model file or shipped model named '" + std::string(name_or_path) +
                           "' (shipped: " + shipped_names() + ")");
}

}  // namespace attnviz
