#include "classification/ClassifierCatalog.h"

#include "classification/HanMetadata.h"
#include "model/MappedFile.h"
#include "model/ModelCatalog.h"
#include "model/Safetensors.h"

#include <stdexcept>
#include <string>

namespace attnviz {

namespace fs = std::filesystem;

// Any failure (no file, not safetensors, no format) means "not a classifier";
// the reader that opens it next says what is wrong.
bool holds_classifier(const fs::path& path) {
  try {
    const MappedFile file(path);
    const Metadata metadata = parse_safetensors(file.bytes()).metadata;
    const auto format = metadata.find("format");
    return format != metadata.end() && format->second == kHanFormat;
  } catch (const std::exception&) {
    return false;
  }
}

std::optional<fs::path> find_classifier(std::string_view name_or_path) {
  const fs::path given(name_or_path);
  if (holds_classifier(given)) return given;
  for (const fs::path& folder : model_search_folders()) {
    const fs::path shipped = folder / "documents" / (std::string(name_or_path) + ".safetensors");
    std::error_code error;
    if (fs::is_regular_file(shipped, error)) return shipped;
  }
  return std::nullopt;
}

fs::path resolve_classifier(std::string_view name_or_path) {
  const fs::path given(name_or_path);
  std::error_code error;
  if (fs::exists(given, error)) return given;  // read_han_file names what is wrong with it
  if (const auto found = find_classifier(name_or_path)) return *found;
  throw std::runtime_error("no classifier file or shipped classifier named '" + std::string(name_or_path) +
                           "' (shipped classifiers are in <models folder>/documents/)");
}

}  // namespace attnviz
