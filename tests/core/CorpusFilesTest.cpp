// The corpus on disk: TSV + Pharaoh files that read back to the same pairs,
// and read errors that name the file, the line and the problem.
#include "CorpusTestData.h"

#include "corpus/CorpusFiles.h"
#include "tokens/Tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace attnviz {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

class CorpusFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("attnviz-corpus-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void write_text(const std::string& file, const std::string& text) { std::ofstream(dir_ / file) << text; }

  std::string read_text(const std::string& file) {
    std::ifstream in(dir_ / file);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
  }

  std::filesystem::path dir_;
};

SentencePair red_car() { return {{"the", "red", "car"}, {"la", "voiture", "rouge"}, {{{0, 0}, {1, 2}, {2, 1}}, {}}}; }

TEST_F(CorpusFiles, writesTabSeparatedTokensAndPharaohLinks) {
  SentencePair near = {{"near", "the", "park"}, {"près", "du", "parc"}, {{{0, 0}, {1, 1}, {2, 2}}, {{0, 1}}}};
  write_split(dir_, "test", {red_car(), near});
  EXPECT_EQ(read_text("test.tsv"), "the red car\tla voiture rouge\nnear the park\tprès du parc\n");
  EXPECT_EQ(read_text("test.align"), "0-0 1-2 2-1\n0-0 1-1 2-2 0p1\n");
}

TEST_F(CorpusFiles, aWholeCorpusReadsBackUnchanged) {
  CorpusOptions options = test::small_corpus_options(3);
  options.train = 300;
  options.valid = options.test = options.long_test = options.novel = 30;
  const Corpus written = generate_corpus(options);
  write_corpus(dir_, written);
  const Corpus read = read_corpus(dir_);
  for (std::string_view name : kSplitNames) {
    const auto &a = written.split(name), &b = read.split(name);
    ASSERT_EQ(a.size(), b.size()) << name;
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].source, b[i].source);
      EXPECT_EQ(a[i].target, b[i].target);
      EXPECT_EQ(a[i].gold.sure, b[i].gold.sure);
      EXPECT_EQ(a[i].gold.possible, b[i].gold.possible);
    }
  }
}

TEST_F(CorpusFiles, aMissingFileIsNamed) {
  std::filesystem::create_directories(dir_);
  EXPECT_THAT([&] { read_split(dir_, "valid"); }, ThrowsMessage<std::runtime_error>(HasSubstr("valid.tsv")));
}

TEST_F(CorpusFiles, aLineWithoutTabIsNamedWithItsNumber) {
  std::filesystem::create_directories(dir_);
  write_text("train.tsv", "the car\tla voiture\nthe car la voiture\n");
  write_text("train.align", "0-0 1-1\n0-0 1-1\n");
  EXPECT_THAT([&] { read_split(dir_, "train"); },
              ThrowsMessage<std::runtime_error>(AllOf(HasSubstr("train.tsv line 2"), HasSubstr("no tab"))));
}

TEST_F(CorpusFiles, differentLineCountsAreReported) {
  std::filesystem::create_directories(dir_);
  write_text("train.tsv", "the car\tla voiture\n");
  write_text("train.align", "0-0 1-1\n0-0\n");
  EXPECT_THAT([&] { read_split(dir_, "train"); },
              ThrowsMessage<std::runtime_error>(AllOf(HasSubstr("1 lines"), HasSubstr("train.align has 2"))));
}

TEST_F(CorpusFiles, aLinkOutsideTheSentenceIsReportedWithTheSizes) {
  std::filesystem::create_directories(dir_);
  write_text("train.tsv", "the car\tla voiture\n");
  write_text("train.align", "0-0 1-5\n");
  EXPECT_THAT([&] { read_split(dir_, "train"); },
              ThrowsMessage<std::runtime_error>(AllOf(HasSubstr("train.align line 1"), HasSubstr("1-5"),
                                                      HasSubstr("2 source, 2 target"))));
}

TEST_F(CorpusFiles, aBadAlignmentItemIsReportedWithItsLine) {
  std::filesystem::create_directories(dir_);
  write_text("train.tsv", "the car\tla voiture\n");
  write_text("train.align", "0-0 one-1\n");
  EXPECT_THAT([&] { read_split(dir_, "train"); },
              ThrowsMessage<std::runtime_error>(AllOf(HasSubstr("train.align line 1"), HasSubstr("one-1"))));
}

}  // namespace
}  // namespace attnviz
