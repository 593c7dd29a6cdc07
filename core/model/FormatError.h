#pragma once

#include <stdexcept>

namespace attnviz {

// What is wrong inside a model file's bytes, said without the file's name.
// The parsers of the format throw it; read_seq2seq_bytes turns it into a
// ModelFileError that names the file.
class FormatError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace attnviz
