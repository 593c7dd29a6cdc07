// attnviz-cli eval --input FILE (issue 11): typed English<TAB>French pairs
// scored with a shipped model, and the fixture of hand-typed sentences.
#include "CliRunner.h"

#include "evaluation/TypedEvaluation.h"
#include "tokens/Tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <stdlib.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace attnviz::test {
namespace {

using attnviz::testing::run_cli;
using ::testing::HasSubstr;

const std::string kTypedFixture = ATTNVIZ_FIXTURES_DIR "/typed_sentences.tsv";

std::vector<std::string> token_texts(const std::string& text) {
  std::vector<std::string> texts;
  for (const Token& token : Tokenizer().tokenize(text)) texts.push_back(token.text);
  return texts;
}

// What `translate --format json` says a shipped model makes of a sentence.
nlohmann::json translated(const std::string& model, const std::string& sentence) {
  const auto result = run_cli({"translate", "--format", "json", "--model", model, sentence});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out);
}

std::vector<std::string> words_of(const nlohmann::json& object) {
  std::vector<std::string> words = object["tgt_tokens"].get<std::vector<std::string>>();
  if (!words.empty() && words.back() == "</s>") words.pop_back();
  return words;
}

class CliEvalTyped : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string name = (std::filesystem::temp_directory_path() / "attnviz-typed-XXXXXX").string();
    ASSERT_NE(::mkdtemp(name.data()), nullptr);
    folder_ = name;
  }
  void TearDown() override { std::filesystem::remove_all(folder_); }

  std::string write(const std::string& name, const std::string& text) const {
    const std::string path = (folder_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  std::filesystem::path folder_;
};

// One line's reference is the model's own output (an exact match, whatever
// the model says), the other's can never be produced.
TEST_F(CliEvalTyped, jsonCountsExactMatchesAgainstTheModelsOwnOutput) {
  const std::string first = "The dog eats the bread.", second = "The cat sleeps in the garden.";
  const nlohmann::json own = translated("dot", first);
  const std::string path = write("typed.tsv", "# a comment\n\n" + first + "\t" + own["translation"].get<std::string>() +
                                                  "\n" + second + "\tZorblax flimflam !\r\n");
  const auto result = run_cli({"eval", "--model", "dot", "--input", path, "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json got = nlohmann::json::parse(result.out);
  EXPECT_EQ(got["pairs"], 2);
  EXPECT_DOUBLE_EQ(got["exact_match"].get<double>(), 0.5);
  ASSERT_EQ(got["failures"].size(), 1u);
  EXPECT_EQ(got["failures"][0]["source"], second);
  EXPECT_EQ(got["failures"][0]["reference"], "Zorblax flimflam !");
  EXPECT_EQ(got["failures"][0]["output"], translated("dot", second)["translation"]);

  // same_without_capital_and_period, recomputed from translate's outputs.
  double same = 0;
  for (const std::string& sentence : {first, second}) {
    std::vector<std::string> typed = words_of(translated("dot", sentence));
    if (!typed.empty() && (typed.back() == "." || typed.back() == "?" || typed.back() == "!")) typed.pop_back();
    if (words_of(translated("dot", without_capital_and_period(sentence))) == typed) same += 0.5;
  }
  EXPECT_DOUBLE_EQ(got["same_without_capital_and_period"].get<double>(), same);
}

TEST_F(CliEvalTyped, exactMatchIgnoresCaseAndSpacingButNotPunctuation) {
  const std::string sentence = "The dog eats the bread.";
  const std::vector<std::string> words = words_of(translated("additive", sentence));
  ASSERT_FALSE(words.empty());
  const std::string spaced = join_tokens(words);  // "le chien mange le pain .": no capital, other spacing
  std::vector<std::string> no_mark = words;
  no_mark.pop_back();
  const std::string path = write("typed.tsv", sentence + "\t" + spaced + "\n" + sentence + "\t" +
                                                  detokenize(no_mark) + "\n");
  const auto result = run_cli({"eval", "--model", "additive", "--input", path, "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json got = nlohmann::json::parse(result.out);
  EXPECT_EQ(got["pairs"], 2);
  EXPECT_DOUBLE_EQ(got["exact_match"].get<double>(), 0.5);
}

TEST_F(CliEvalTyped, textNamesBothScoresAndTheFailures) {
  const std::string path = write("typed.tsv", "The dog sleeps.\tZorblax !\n");
  const auto result = run_cli({"eval", "--model", "dot", "--input", path});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("(1 pairs)"));
  EXPECT_THAT(result.out, HasSubstr("exact match                      0.00%"));
  EXPECT_THAT(result.out, HasSubstr("same without capital and period"));
  EXPECT_THAT(result.out, HasSubstr("  The dog sleeps.\n    reference: Zorblax !\n    output:    "));
}

TEST_F(CliEvalTyped, aLineWithoutATabIsAnIoErrorNamingFileAndLine) {
  const std::string path = write("bad.tsv", "# header\nThe dog sleeps.\tLe chien dort.\nThe cat sleeps.\n");
  const auto result = run_cli({"eval", "--model", "dot", "--input", path});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_THAT(result.err, HasSubstr(path + ":3: expected English<TAB>French"));
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1);
  EXPECT_TRUE(result.out.empty());
}

TEST_F(CliEvalTyped, aLineWithTwoTabsOrAnEmptySideIsMalformed) {
  const auto two_tabs = run_cli({"eval", "--model", "dot", "--input", write("a.tsv", "a\tb\tc\n")});
  EXPECT_EQ(two_tabs.exit_code, 4);
  EXPECT_THAT(two_tabs.err, HasSubstr("a.tsv:1:"));
  const auto empty = run_cli({"eval", "--model", "dot", "--input", write("b.tsv", "\n\nThe dog.\t \n")});
  EXPECT_EQ(empty.exit_code, 4);
  EXPECT_THAT(empty.err, HasSubstr("b.tsv:3:"));
}

TEST_F(CliEvalTyped, aMissingFileIsAnIoError) {
  const auto result = run_cli({"eval", "--model", "dot", "--input", (folder_ / "none.tsv").string()});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_THAT(result.err, HasSubstr("none.tsv"));
}

TEST_F(CliEvalTyped, inputGoesWithoutSplitOrCorpus) {
  const std::string path = write("typed.tsv", "The dog sleeps.\tLe chien dort.\n");
  EXPECT_EQ(run_cli({"eval", "--model", "dot", "--input", path, "--split", "test"}).exit_code, 2);
  EXPECT_EQ(run_cli({"eval", "--model", "dot", "--input", path, "--corpus", folder_.string()}).exit_code, 2);
}

TEST(TypedInputPairs, readsPairsSkippingCommentsAndBlankLines) {
  std::istringstream in("# comment\n\nThe dog sleeps.\tLe chien dort.\r\n  \nEat!\tMangez !\n");
  const std::vector<TypedPair> pairs = read_typed_pairs(in, "x.tsv");
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].source, "The dog sleeps.");
  EXPECT_EQ(pairs[0].reference, "Le chien dort.");
  EXPECT_EQ(pairs[0].line, 3);
  EXPECT_EQ(pairs[1].reference, "Mangez !");
  EXPECT_EQ(pairs[1].line, 5);
}

TEST(TypedInputPairs, removesTheCapitalAndTheFinalMarks) {
  EXPECT_EQ(without_capital_and_period("Where is the cat?"), "where is the cat");
  EXPECT_EQ(without_capital_and_period("Eat the bread! "), "eat the bread");
  EXPECT_EQ(without_capital_and_period("Yes, the dog sleeps..."), "yes, the dog sleeps");
  EXPECT_EQ(without_capital_and_period("École ?!"), "école");
}

// The hand-typed fixture the models are evaluated on (issue 11).
TEST(TypedInputFixture, hasAtLeastSeventyWellFormedTypedPairs) {
  std::ifstream in(kTypedFixture);
  ASSERT_TRUE(in) << kTypedFixture;
  const std::vector<TypedPair> pairs = read_typed_pairs(in, kTypedFixture);
  EXPECT_GE(pairs.size(), 70u);
  int typographic = 0, contractions = 0, long_ones = 0;
  for (const TypedPair& pair : pairs) {
    EXPECT_TRUE(std::isupper(static_cast<unsigned char>(pair.source.front()))) << pair.source;
    EXPECT_NE(std::string(".?!").find(pair.source.back()), std::string::npos) << pair.source;
    typographic += pair.source.find("\u2019") != std::string::npos ? 1 : 0;
    const std::vector<std::string> tokens = token_texts(pair.source);
    contractions += std::count(tokens.begin(), tokens.end(), "n't") > 0 ? 1 : 0;
    long_ones += tokens.size() >= 22 ? 1 : 0;  // 20 words and more, with their commas and mark
  }
  EXPECT_GE(typographic, 4);
  EXPECT_GE(contractions, 8);
  EXPECT_GE(long_ones, 4);
}

// The French references are written as the detokenizer writes French, so
// an exact match also reads exactly like the reference.
TEST(TypedInputFixture, referencesAreWrittenAsTheDetokenizerWritesFrench) {
  std::ifstream in(kTypedFixture);
  for (const TypedPair& pair : read_typed_pairs(in, kTypedFixture))
    EXPECT_EQ(detokenize(token_texts(pair.reference)), pair.reference) << "line " << pair.line;
}

}  // namespace
}  // namespace attnviz::test
