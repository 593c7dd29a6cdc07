#include "model/MappedFile.h"

#include "model/ModelFileError.h"

#include <cerrno>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace attnviz {
namespace {

ModelFileError system_error(const std::filesystem::path& path, const char* action) {
  return ModelFileError(path.string(), std::string("cannot ") + action + " (" + std::strerror(errno) + ")");
}

// Rejects anything but a regular file, from its stat() result.
void require_regular_file(const std::filesystem::path& path, const struct stat& info) {
  if (S_ISDIR(info.st_mode))
    throw ModelFileError(path.string(), "is a directory, not a model file");
  if (!S_ISREG(info.st_mode))
    throw ModelFileError(path.string(),
                         "is not a regular file (a FIFO, device or socket), not a model file");
}

// A file descriptor closed on every path out of the constructor.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

MappedFile::MappedFile(const std::filesystem::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) throw system_error(path, "open");
  require_regular_file(path, info);
  // O_NONBLOCK and the second check cover a file swapped for a FIFO between
  // the stat() and the open().
  const Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
  if (file.fd < 0) throw system_error(path, "open");
  if (::fstat(file.fd, &info) != 0) throw system_error(path, "read");
  require_regular_file(path, info);
  size_ = static_cast<std::size_t>(info.st_size);
  if (size_ == 0) return;  // mmap() refuses an empty length; an empty span says it all
  void* data = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, file.fd, 0);
  if (data == MAP_FAILED) throw system_error(path, "map into memory");
  data_ = static_cast<const std::byte*>(data);
}

MappedFile::~MappedFile() {
  if (data_ != nullptr) ::munmap(const_cast<std::byte*>(data_), size_);
}

}  // namespace attnviz
