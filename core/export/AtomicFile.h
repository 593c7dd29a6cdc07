#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace attnviz {

// A file that appears at its path only when complete: bytes go to a
// temporary name in the same folder, and commit() renames it into place.
// Destroyed without commit() (an exception, Ctrl-C unwinding), it removes
// the temporary and the destination is untouched.
class AtomicFile {
 public:
  // Throws std::runtime_error "cannot write <path>: <reason>" when the
  // folder is missing or unwritable.
  explicit AtomicFile(std::filesystem::path destination);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return out_; }
  const std::filesystem::path& temporary_path() const { return temporary_; }
  // Flushes, checks every write succeeded (a full disk shows here), renames.
  void commit();

 private:
  std::filesystem::path destination_;
  std::filesystem::path temporary_;
  std::ofstream out_;
  bool committed_ = false;
};

// Writes `bytes` to `destination` through an AtomicFile.
void write_file_atomically(const std::filesystem::path& destination, const std::string& bytes);

}  // namespace attnviz
