// A failed export leaves nothing behind and says why in one line: a full
// disk (simulated with a file-size limit, which fails writes the way ENOSPC
// does), a folder that cannot hold files, an unknown extension.
#include "ExportTestData.h"

#include "export/MatrixFileError.h"
#include "export/MatrixFiles.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <csignal>
#include <fstream>

#include <sys/resource.h>

namespace attnviz {
namespace {

using test::sample_alignment;
using test::ScratchFolder;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

// Files this process writes cannot grow past `bytes` while it lives.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    ::getrlimit(RLIMIT_FSIZE, &saved_);
    previous_handler_ = std::signal(SIGXFSZ, SIG_IGN);  // fail the write instead of killing us
    const rlimit limit{bytes, saved_.rlim_max};
    ::setrlimit(RLIMIT_FSIZE, &limit);
  }
  ~FileSizeLimit() {
    ::setrlimit(RLIMIT_FSIZE, &saved_);
    std::signal(SIGXFSZ, previous_handler_);
  }

 private:
  rlimit saved_{};
  void (*previous_handler_)(int) = nullptr;
};

ModelAlignment large_alignment() {
  ModelAlignment item = sample_alignment();
  item.alignment.source_tokens.assign(300, "token");
  item.alignment.target_tokens.assign(300, "token");
  item.alignment.maps[0].weights = RowMatrix::Constant(300, 300, 1.0f / 3);
  return item;
}

TEST(FailedExport, aFullDiskLeavesNoFileAndSaysSo) {
  ScratchFolder folder;
  {
    FileSizeLimit limit(8192);
    EXPECT_THAT([&] { write_matrix_file(folder / "big.csv", {large_alignment()}); },
                ThrowsMessage<std::runtime_error>(AllOf(HasSubstr("big.csv"), HasSubstr("disk full"))));
  }
  EXPECT_EQ(folder.file_count(), 0u) << "neither the file nor its temporary may remain";
}

TEST(FailedExport, aFailedRewriteKeepsTheOldFile) {
  ScratchFolder folder;
  write_matrix_file(folder / "m.json", {sample_alignment()});
  const std::string before = read_file_bytes(folder / "m.json");
  {
    FileSizeLimit limit(8192);
    EXPECT_THROW(write_matrix_file(folder / "m.json", {large_alignment()}), std::runtime_error);
  }
  EXPECT_EQ(read_file_bytes(folder / "m.json"), before);
  EXPECT_EQ(folder.file_count(), 1u);
}

TEST(FailedExport, aFolderThatCannotHoldFilesIsNamed) {
  ScratchFolder folder;
  std::ofstream(folder / "plain-file") << "x";
  EXPECT_THAT([&] { write_matrix_file(folder / "plain-file" / "m.csv", {sample_alignment()}); },
              ThrowsMessage<std::runtime_error>(AllOf(HasSubstr("cannot write"), HasSubstr("m.csv"))));
}

TEST(FailedExport, anUnknownExtensionListsTheKnownOnes) {
  ScratchFolder folder;
  EXPECT_THAT([&] { write_matrix_file(folder / "m.xlsx", {sample_alignment()}); },
              ThrowsMessage<MatrixFileError>(HasSubstr("unknown extension \".xlsx\"; a matrix file is .csv, .json or .npy")));
  EXPECT_EQ(folder.file_count(), 0u);
}

}  // namespace
}  // namespace attnviz
