#include "export/MatrixFileError.h"

namespace attnviz {

MatrixFileError::MatrixFileError(const std::string& path, const std::string& problem)
    : std::runtime_error(path + ": " + problem), path_(path), problem_(problem) {}

}  // namespace attnviz
