#include "ModelSelection.h"

#include "model/ModelCatalog.h"
#include "model/ModelFile.h"

#include <stdexcept>

namespace attnviz::cli {
namespace {

std::string searched_folders() {
  std::string folders;
  for (const std::filesystem::path& folder : model_search_folders())
    folders += (folders.empty() ? "" : ", ") + folder.string();
  return folders;
}

std::vector<std::filesystem::path> default_paths(DefaultModels fallback) {
  std::vector<std::filesystem::path> paths = shipped_model_paths();
  if (paths.empty())
    throw std::runtime_error("no shipped models found (looked in " + searched_folders() +
                             "); pass --model FILE or train them with tools/train_all.sh");
  if (fallback == DefaultModels::FirstShipped) paths.resize(1);
  return paths;
}

}  // namespace

CLI::Option* add_model_option(CLI::App& command, std::vector<std::string>& models, const std::string& help) {
  return command.add_option("--model", models, help)->allow_extra_args(false);
}

std::vector<std::unique_ptr<AttentionModel>> load_models(const std::vector<std::string>& names,
                                                         DefaultModels fallback) {
  std::vector<std::filesystem::path> paths;
  for (const std::string& name : names) paths.push_back(resolve_model(name));
  if (names.empty()) paths = default_paths(fallback);
  std::vector<std::unique_ptr<AttentionModel>> models;
  for (const std::filesystem::path& path : paths) models.push_back(load_model(path));
  return models;
}

}  // namespace attnviz::cli
