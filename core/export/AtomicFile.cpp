#include "export/AtomicFile.h"

#include <cerrno>
#include <cstring>
#include <random>
#include <stdexcept>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace attnviz {
namespace {

std::runtime_error write_error(const std::filesystem::path& path, const std::string& reason) {
  return std::runtime_error("cannot write " + path.string() + ": " + reason);
}

std::filesystem::path temporary_name_for(const std::filesystem::path& destination) {
  std::random_device entropy;
  const std::string suffix = ".tmp" + std::to_string(entropy() % 1000000);
  return destination.parent_path() / ("." + destination.filename().string() + suffix);
}

void sync_to_disk(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path destination)
    : destination_(std::move(destination)), temporary_(temporary_name_for(destination_)) {
  if (std::filesystem::is_directory(destination_))
    throw write_error(destination_, "it is a folder");
  out_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!out_) throw write_error(destination_, std::strerror(errno));
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  out_.close();
  std::error_code ignored;
  std::filesystem::remove(temporary_, ignored);
}

void AtomicFile::commit() {
  out_.flush();
  const bool written = static_cast<bool>(out_);
  out_.close();
  if (!written || out_.fail())
    throw write_error(destination_, "the write failed (is the disk full?)");
  sync_to_disk(temporary_);
  std::error_code error;
  std::filesystem::rename(temporary_, destination_, error);
  if (error) throw write_error(destination_, error.message());
  committed_ = true;
}

void write_file_atomically(const std::filesystem::path& destination, const std::string& bytes) {
  AtomicFile file(destination);
  file.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.commit();
}

}  // namespace attnviz
