#pragma once
// Shared by the export tests: a small alignment whose weights include
// values that do not print exactly in a few digits, and a scratch folder
// that is removed after each test.

#include "export/ModelAlignment.h"

#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <string>

namespace attnviz::test {

// A 4x5 matrix (target x source); the highest weight sits at row 2, column 1.
inline ModelAlignment sample_alignment(const std::string& model_name = "additive") {
  ModelAlignment item;
  item.model.name = model_name;
  item.model.score = "additive";
  item.model.sha256 = std::string(64, 'a');
  Alignment& a = item.alignment;
  a.source_tokens = {"the", "red, \"big\"", "car", "é", "</s>"};
  a.source_unknown.assign(5, false);
  a.target_tokens = {"la", "voiture", "rouge", "</s>"};
  a.translation = "la voiture rouge";
  RowMatrix weights(4, 5);
  weights << 0.7f, 0.1f, 1.0f / 3, 0.05f, 1e-8f,
             0.2f, 0.25f, 0.3f, 0.2f, 0.05f,
             0.01f, 0.96f, 0.01f, 0.01f, 0.01f,
             0.1f, 0.1f, 0.1f, 0.1f, 0.6f;
  a.maps.push_back({"attention", weights, weights * 3.0f});
  a.mode = DecodeMode::Beam;
  a.beam_width = 4;
  return item;
}

class ScratchFolder {
 public:
  ScratchFolder() {
    std::string name = (std::filesystem::temp_directory_path() / "attnviz-export-XXXXXX").string();
    path_ = ::mkdtemp(name.data());
  }
  ~ScratchFolder() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
  size_t file_count() const {
    return static_cast<size_t>(std::distance(std::filesystem::directory_iterator(path_), {}));
  }

 private:
  std::filesystem::path path_;
};

}  // namespace attnviz::test
