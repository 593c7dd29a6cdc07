// The document corpus: deterministic, the sizes asked for, gold evidence
// that follows the labelling rule, files that read back, and distractors
// that defeat counting class words.
#include "corpus/DocumentClasses.h"
#include "corpus/DocumentCorpus.h"
#include "corpus/DocumentFiles.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

namespace attnviz {
namespace {

using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

DocumentCorpusOptions small_options() {
  DocumentCorpusOptions options;
  options.train = 600;
  options.valid = 50;
  options.test = 400;
  options.longer = 50;
  return options;
}

const DocumentCorpus& small_corpus() {
  static const DocumentCorpus corpus = generate_document_corpus(small_options());
  return corpus;
}

std::string text_of(const LabelledDocument& document) {
  std::string text;
  for (const auto& sentence : document.sentences)
    for (const std::string& token : sentence) text += token + ' ';
  return text;
}

// The shortcut the corpus is built to defeat: the class with the most class
// words anywhere in the document (ties to the lowest index).
int bag_of_words_class(const LabelledDocument& document, const ClassWords& words) {
  std::vector<int> counts(document_classes().size(), 0);
  for (const auto& sentence : document.sentences)
    for (const std::string& token : sentence)
      if (const auto label = words.class_of(token)) ++counts[*label];
  return static_cast<int>(std::max_element(counts.begin(), counts.end()) - counts.begin());
}

TEST(DocumentCorpus, sameSeedGivesSameDocumentsAndAnotherSeedOthers) {
  const DocumentCorpus again = generate_document_corpus(small_options());
  ASSERT_EQ(again.test.size(), small_corpus().test.size());
  for (size_t i = 0; i < again.test.size(); ++i) EXPECT_EQ(text_of(again.test[i]), text_of(small_corpus().test[i]));
  DocumentCorpusOptions other = small_options();
  other.seed = 2;
  EXPECT_NE(text_of(generate_document_corpus(other).test[0]), text_of(small_corpus().test[0]));
}

TEST(DocumentCorpus, evaluationSplitsDoNotDependOnTrainingSize) {
  DocumentCorpusOptions fewer = small_options();
  fewer.train = 10;
  const DocumentCorpus corpus = generate_document_corpus(fewer);
  for (size_t i = 0; i < corpus.test.size(); ++i) EXPECT_EQ(text_of(corpus.test[i]), text_of(small_corpus().test[i]));
}

TEST(DocumentCorpus, splitsHaveTheirSizesAndSentenceCounts) {
  const DocumentCorpus& corpus = small_corpus();
  EXPECT_EQ(corpus.train.size(), 600u);
  EXPECT_EQ(corpus.test.size(), 400u);
  for (std::string_view name : {"train", "valid", "test"}) {
    for (const LabelledDocument& document : corpus.split(name)) {
      EXPECT_GE(document.sentences.size(), 3u);
      EXPECT_LE(document.sentences.size(), 8u);
    }
  }
  for (const LabelledDocument& document : corpus.longer) {
    EXPECT_GE(document.sentences.size(), 9u);
    EXPECT_LE(document.sentences.size(), 14u);
  }
}

TEST(DocumentCorpus, noDocumentIsInTwoSplits) {
  std::set<std::string> seen;
  size_t total = 0;
  for (std::string_view name : kDocumentSplitNames) {
    for (const LabelledDocument& document : small_corpus().split(name)) seen.insert(text_of(document)), ++total;
  }
  EXPECT_EQ(seen.size(), total);
}

TEST(DocumentCorpus, evidenceWordsAreTheLabelsWordsInTheEvidenceSentences) {
  const ClassWords words(Lexicon::english_french());
  for (const LabelledDocument& document : small_corpus().test) {
    ASSERT_FALSE(document.evidence_sentences.empty());
    ASSERT_FALSE(document.evidence_words.empty());
    std::set<int> sentences;
    for (const WordPosition& p : document.evidence_words) {
      EXPECT_EQ(words.class_of(document.sentences[p.sentence][p.word]), document.label);
      sentences.insert(p.sentence);
    }
    EXPECT_EQ(std::vector<int>(sentences.begin(), sentences.end()), document.evidence_sentences);
  }
}

TEST(DocumentCorpus, everySentenceEndsWithAMarkSoTheSplitterFindsIt) {
  for (const LabelledDocument& document : small_corpus().test)
    for (const auto& sentence : document.sentences) EXPECT_THAT((std::set<std::string>{".", "?", "!"}), ::testing::Contains(sentence.back()));
}

// Chance is 20%; the decoy class is named in more sentences than the true
// one, so counting class words picks it in most documents.
TEST(DocumentCorpus, countingClassWordsDoesClearlyWorseThanChanceAllowsAModel) {
  const ClassWords words(Lexicon::english_french());
  int right = 0;
  for (const LabelledDocument& document : small_corpus().test) right += bag_of_words_class(document, words) == document.label;
  const double accuracy = right / static_cast<double>(small_corpus().test.size());
  EXPECT_LT(accuracy, 0.35);
}

TEST(DocumentCorpus, labelsCoverEveryClass) {
  std::vector<int> counts(document_classes().size(), 0);
  for (const LabelledDocument& document : small_corpus().test) ++counts[document.label];
  for (int count : counts) EXPECT_GT(count, 400 / 10);
}

class DocumentFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("attnviz-documents-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(DocumentFiles, splitReadsBackAsWritten) {
  write_document_split(dir_, "test", small_corpus().test);
  const std::vector<LabelledDocument> read = read_document_split(dir_, "test");
  ASSERT_EQ(read.size(), small_corpus().test.size());
  for (size_t i = 0; i < read.size(); ++i) {
    EXPECT_EQ(read[i].sentences, small_corpus().test[i].sentences);
    EXPECT_EQ(read[i].label, small_corpus().test[i].label);
    EXPECT_EQ(read[i].evidence_words, small_corpus().test[i].evidence_words);
    EXPECT_EQ(read[i].evidence_sentences, small_corpus().test[i].evidence_sentences);
  }
}

TEST_F(DocumentFiles, readErrorsNameFileLineAndProblem) {
  std::filesystem::create_directories(dir_);
  std::ofstream(dir_ / "bad.tsv") << "food\tthe dog eats .\nsports\tthe dog eats .\n";
  std::ofstream(dir_ / "bad.evidence") << "0:1\n0:1\n";
  EXPECT_THAT([&] { read_document_split(dir_, "bad"); },
              ThrowsMessage<std::runtime_error>(HasSubstr("bad.tsv line 2: unknown class 'sports'")));
  std::ofstream(dir_ / "bad.tsv") << "food\tthe dog eats .\n";
  std::ofstream(dir_ / "bad.evidence") << "0:4\n";
  EXPECT_THAT([&] { read_document_split(dir_, "bad"); },
              ThrowsMessage<std::runtime_error>(HasSubstr("bad.evidence line 1: evidence 0:4 is outside the document")));
  std::ofstream(dir_ / "bad.evidence") << "0:1\n0:2\n";
  EXPECT_THAT([&] { read_document_split(dir_, "bad"); },
              ThrowsMessage<std::runtime_error>(HasSubstr("has 2 lines but")));
}

}  // namespace
}  // namespace attnviz
