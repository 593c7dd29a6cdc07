#pragma once

#include <stdexcept>
#include <string>

namespace attnviz {

// A model file was rejected. what() reads "<file name>: <problem>", e.g.
// "model.safetensors: tensor decoder.out.weight has shape [1500,64], config
// says [1500,128]". Caught once at the boundary (CLI exit code 3, UI dialog).
class ModelFileError : public std::runtime_error {
 public:
  ModelFileError(const std::string& path, const std::string& problem);
  const std::string& path() const { return path_; }
  const std::string& problem() const { return problem_; }

 private:
  std::string path_;
  std::string problem_;
};

}  // namespace attnviz
