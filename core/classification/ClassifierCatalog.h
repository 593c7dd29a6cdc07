#pragma once
// Where the shipped document classifier is. It lives in the `documents`
// subfolder of the models folder (ModelCatalog.h), apart from the
// translation models, which the app and `translate` open all of.

#include <filesystem>
#include <optional>
#include <string_view>

namespace attnviz {

inline constexpr std::string_view kDefaultClassifier = "han";

// Whether `path` is a readable model file whose format is attnviz-han.
bool holds_classifier(const std::filesystem::path& path);
// An existing classifier file as given, or the shipped classifier of that
// name (documents/<name>.safetensors in the first models folder that has
// it); std::nullopt when it is neither.
std::optional<std::filesystem::path> find_classifier(std::string_view name_or_path);
// The same, throwing std::runtime_error naming what was looked for.
std::filesystem::path resolve_classifier(std::string_view name_or_path);

}  // namespace attnviz
