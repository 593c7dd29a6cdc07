#pragma once

#include <cstddef>
#include <filesystem>
#include <span>

namespace attnviz {

// A whole file mapped read-only into memory, unmapped on destruction. The
// safetensors reader borrows views of it, so the weights are copied once,
// straight into the model's matrices.
//
// Only regular files are opened: the type is checked with stat() before
// open(), so a FIFO given as a model never blocks. Throws ModelFileError
// naming the file for a missing, unreadable or non-regular path.
class MappedFile {
 public:
  explicit MappedFile(const std::filesystem::path& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::span<const std::byte> bytes() const { return {data_, size_}; }

 private:
  const std::byte* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace attnviz
