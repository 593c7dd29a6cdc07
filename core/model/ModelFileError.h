#pragma once

#include "export/FileError.h"

namespace attnviz {

// A model file was rejected. what() reads "<file name>: <problem>", e.g.
// "model.safetensors: tensor decoder.out.weight has shape [1500,64], config
// says [1500,128]". Caught once at the boundary (CLI exit code 3, UI dialog).
class ModelFileError : public FileError {
 public:
  using FileError::FileError;
};

}  // namespace attnviz
