// attnviz-cli translate on the PyTorch fixture models: the printed matrix is
// the one PyTorch computed, in every output format.
#include "CliRunner.h"

#include "tokens/Tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

using attnviz::testing::run_cli;
using ::testing::HasSubstr;

namespace {

const std::string kFixtures = ATTNVIZ_FIXTURES_DIR "/parity/";

nlohmann::json fixture_case(const std::string& model, const std::string& mode, const std::string& sentence) {
  std::ifstream in(kFixtures + model + ".json");
  const nlohmann::json fixture = nlohmann::json::parse(in);
  for (const nlohmann::json& c : fixture["cases"])
    if (c["mode"] == mode && c["sentence"] == sentence) return c;
  throw std::runtime_error("fixture case not found: " + sentence);
}

void expect_same_matrix(const nlohmann::json& got, const nlohmann::json& expected) {
  ASSERT_EQ(got.size(), expected.size());
  for (size_t r = 0; r < got.size(); ++r) {
    ASSERT_EQ(got[r].size(), expected[r].size()) << "row " << r;
    for (size_t c = 0; c < got[r].size(); ++c)
      EXPECT_NEAR(got[r][c].get<double>(), expected[r][c].get<double>(), 1e-5) << "cell " << r << "," << c;
  }
}

nlohmann::json translate_json(const std::vector<std::string>& extra) {
  std::vector<std::string> arguments = {"translate", "--format", "json"};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  const auto result = run_cli(arguments);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out);
}

class CliTranslate : public ::testing::TestWithParam<std::string> {};

TEST_P(CliTranslate, jsonPrintsTheMatrixPytorchComputed) {
  const std::string sentence = "the red car .";
  const nlohmann::json expected = fixture_case(GetParam(), "greedy", sentence);
  const nlohmann::json got = translate_json({"--model", kFixtures + GetParam() + ".safetensors", sentence});
  EXPECT_EQ(got["model"], GetParam());
  EXPECT_EQ(got["score"], GetParam());
  EXPECT_EQ(got["tgt_tokens"], expected["tgt_tokens"]);
  EXPECT_EQ(got["src_tokens"].size(), expected["src_ids"].size());
  EXPECT_EQ(got["src_tokens"].back(), "</s>");
  expect_same_matrix(got["attention"], expected["attention"]);
  expect_same_matrix(got["scores"], expected["scores"]);
  EXPECT_NEAR(got["logprob"].get<double>(), expected["logprob"].get<double>(), 1e-4);
}

// TRANSFORMER_SPEC.md: a GRU result lists its one map, cross-attention of
// layer 0 and head 0, equal to its `attention`.
TEST_P(CliTranslate, jsonListsTheOneGruMapAsCrossLayer0Head0EqualToAttention) {
  const nlohmann::json got = translate_json({"--model", kFixtures + GetParam() + ".safetensors", "the red car ."});
  ASSERT_EQ(got["maps"].size(), 1u);
  const nlohmann::json& map = got["maps"][0];
  EXPECT_EQ(map["kind"], "cross");
  EXPECT_EQ(map["layer"], 0);
  EXPECT_EQ(map["head"], 0);
  EXPECT_EQ(map["weights"], got["attention"]);
}

TEST_P(CliTranslate, forcedJsonPrintsTheForcedMatrix) {
  const nlohmann::json expected = fixture_case(GetParam(), "forced", "the red car .");
  const nlohmann::json got = translate_json({"--model", kFixtures + GetParam() + ".safetensors",
                                             "--force", "la voiture rouge .", "the red car ."});
  EXPECT_EQ(got["mode"], "forced");
  EXPECT_EQ(got["tgt_tokens"], expected["tgt_tokens"]);
  expect_same_matrix(got["attention"], expected["attention"]);
}

// A local model's JSON says where each step's window was (p_t, 0-based
// source positions) and its D; a global model's has neither key.
TEST(CliTranslateLocal, jsonGivesEveryStepsWindowPositionAndTheWindowWidth) {
  const std::string sentence = "the red car .";
  const nlohmann::json expected = fixture_case("local_p_dot", "greedy", sentence);
  const nlohmann::json got = translate_json({"--model", kFixtures + "local_p_dot.safetensors", sentence});
  EXPECT_EQ(got["window"], 2);
  ASSERT_EQ(got["positions"].size(), expected["positions"].size());
  for (size_t t = 0; t < got["positions"].size(); ++t)
    EXPECT_NEAR(got["positions"][t].get<double>(), expected["positions"][t].get<double>(), 1e-5) << "step " << t;
  const nlohmann::json global = translate_json({"--model", kFixtures + "dot.safetensors", sentence});
  EXPECT_FALSE(global.contains("positions"));
  EXPECT_FALSE(global.contains("window"));
}

// TRANSFORMER_SPEC.md: a Transformer's JSON keeps the headline as
// `attention` and lists every map of every layer and head.
TEST(CliTranslateTransformer, jsonListsEveryMapOfTheSpecBesideTheHeadline) {
  const nlohmann::json got = translate_json(
      {"--model", ATTNVIZ_FIXTURES_DIR "/transformer/transformer.safetensors", "the red car ."});
  ASSERT_EQ(got["maps"].size(), 3u * 2 * 4);
  std::map<std::string, int> kinds;
  for (const nlohmann::json& map : got["maps"]) ++kinds[map["kind"].get<std::string>()];
  EXPECT_EQ(kinds, (std::map<std::string, int>{{"cross", 8}, {"decoder_self", 8}, {"encoder_self", 8}}));
  const nlohmann::json& last_cross = got["maps"].back();
  EXPECT_EQ(last_cross["layer"], 1);
  EXPECT_EQ(last_cross["head"], 3);
  EXPECT_EQ(last_cross["weights"].size(), got["attention"].size());
  EXPECT_EQ(got["maps"][0]["weights"].size(), got["src_tokens"].size());  // encoder_self: n x n
  EXPECT_EQ(got["scores"], nlohmann::json::array());  // a mean over heads has no raw score
}

TEST(CliTranslateTransformer, aSentenceBeyondMaxPositionsFailsWithOneClearLine) {
  std::string sentence;
  for (int i = 0; i < 70; ++i) sentence += "cat ";
  const auto result = run_cli({"translate", "--model", ATTNVIZ_FIXTURES_DIR "/transformer/transformer.safetensors", sentence});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_THAT(result.err, HasSubstr("the sentence has 71 tokens with </s>; this Transformer reads at most 64"));
}

INSTANTIATE_TEST_SUITE_P(ScoreFunctions, CliTranslate,
                         ::testing::Values("dot", "scaled_dot", "general", "additive", "cosine"));

TEST(CliTranslateOutput, severalModelsPrintOneJsonLineEach) {
  const auto result = run_cli({"translate", "--format", "json", "--model", kFixtures + "dot.safetensors",
                               "--model", kFixtures + "cosine.safetensors", "the red car ."});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::istringstream lines(result.out);
  std::vector<std::string> models;
  for (std::string line; std::getline(lines, line);) models.push_back(nlohmann::json::parse(line)["model"]);
  EXPECT_EQ(models, (std::vector<std::string>{"dot", "cosine"}));
}

TEST(CliTranslateOutput, plainTextHeatmapFitsEightyColumnsAndNamesTheTokens) {
  const auto result = run_cli({"translate", "--model", kFixtures + "additive.safetensors",
                               "The dog sleeps here , and your blue car runs there ?"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("additive"));
  EXPECT_THAT(result.out, Not(HasSubstr("\x1b[")));  // not a terminal: no colour codes
  // The heatmap starts after the header's blank line; the translation
  // above it is one line whatever its length, as a terminal wraps it.
  std::istringstream lines(result.out.substr(result.out.find("\n\n")));
  for (std::string line; std::getline(lines, line);) {
    const auto characters = std::count_if(line.begin(), line.end(), [](char c) { return (c & 0xC0) != 0x80; });
    EXPECT_LE(characters, 80) << line;
  }
}

TEST(CliTranslateOutput, unknownWordsAreNamed) {
  const auto result = run_cli({"translate", "--model", kFixtures + "additive.safetensors", "my zebra is green ."});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("unknown words (read as <unk>): zebra"));
}

TEST(CliTranslateOutput, inputFileGivesOneLinePerSentenceAndForcesAfterATab) {
  const std::string path = ::testing::TempDir() + "attnviz-sentences.txt";
  std::ofstream(path) << "the red car .\n\ncat\nthe red car .\tla voiture rouge .\n";
  const auto result = run_cli({"translate", "--format", "json", "--model", kFixtures + "dot.safetensors",
                               "--input", path});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::istringstream lines(result.out);
  std::vector<std::string> modes;
  for (std::string line; std::getline(lines, line);) modes.push_back(nlohmann::json::parse(line)["mode"]);
  EXPECT_EQ(modes, (std::vector<std::string>{"greedy", "greedy", "forced"}));
}

// The target tokens without </s>, as the translation text is made from.
std::vector<std::string> words_of(const nlohmann::json& object) {
  std::vector<std::string> words = object["tgt_tokens"].get<std::vector<std::string>>();
  if (!words.empty() && words.back() == "</s>") words.pop_back();
  return words;
}

// A shipped model (resources/models), by name. No final mark: models
// trained on a corpus without punctuation read it as <unk> too.
TEST(CliTranslateUnknown, jsonListsTheSourcePositionsReadAsUnk) {
  const nlohmann::json got = translate_json({"--model", "dot", "The zorblax eats the bread"});
  EXPECT_EQ(got["src_tokens"][1], "zorblax");
  EXPECT_EQ(got["unknown"], nlohmann::json::array({1}));
}

TEST(CliTranslateUnknown, jsonListsEveryUnknownWordAndNoneForKnownOnes) {
  const nlohmann::json two = translate_json({"--model", "dot", "The zorblax eats the flimflam"});
  EXPECT_EQ(two["unknown"], nlohmann::json::array({1, 4}));
  const nlohmann::json none = translate_json({"--model", "dot", "The dog eats the bread"});
  EXPECT_EQ(none["unknown"], nlohmann::json::array());
}

TEST(CliTranslateUnknown, textNamesTheSameWordsAsTheJsonPositions) {
  const auto result = run_cli({"translate", "--model", "dot", "The zorblax eats the bread"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("unknown words (read as <unk>): zorblax\n"));
}

// Typed as people type a short exchange: before, every model translated
// the question and stopped, dropping the answer.
TEST(CliTranslateText, everySentenceOfATextIsTranslated) {
  for (const char* model : {"dot", "scaled_dot", "general", "additive", "cosine"}) {
    const nlohmann::json got = translate_json({"--model", model, "Does the dog sleep? Yes, the dog sleeps."});
    EXPECT_EQ(got["translation"], "Est-ce que le chien dort ? Oui, le chien dort.") << model;
    const auto targets = got["tgt_tokens"].get<std::vector<std::string>>();
    EXPECT_EQ(std::count(targets.begin(), targets.end(), "</s>"), 2) << model;
  }
}

// Forced on a target, so the text does not depend on what a model says.
TEST(CliTranslateStyle, translationIsFrenchAsWrittenByDefault) {
  const nlohmann::json got =
      translate_json({"--model", "additive", "--force", "où est le chat ?", "Where is the cat?"});
  EXPECT_EQ(got["translation"], "Où est le chat ?");
  const nlohmann::json greedy = translate_json({"--model", "additive", "The dog eats the bread."});
  EXPECT_EQ(greedy["translation"], attnviz::detokenize(words_of(greedy)));
  const std::string translation = greedy["translation"];
  ASSERT_FALSE(translation.empty());
  EXPECT_TRUE(std::isupper(static_cast<unsigned char>(translation[0])) || (translation[0] & 0x80)) << translation;
}

TEST(CliTranslateStyle, plainDropsTheFrenchSpaceBeforeHighPunctuation) {
  const nlohmann::json french =
      translate_json({"--model", "additive", "--force", "où est le chat ?", "Where is the cat?"});
  const nlohmann::json plain =
      translate_json({"--model", "additive", "--plain", "--force", "où est le chat ?", "Where is the cat?"});
  EXPECT_EQ(plain["tgt_tokens"], french["tgt_tokens"]);
  EXPECT_EQ(plain["translation"], "Où est le chat?");
  const nlohmann::json greedy = translate_json({"--model", "additive", "--plain", "The dog eats the bread."});
  EXPECT_EQ(greedy["translation"], attnviz::detokenize(words_of(greedy), attnviz::kPlainStyle));
}

TEST(CliTranslateStyle, plainAppliesToTheTextOutputToo) {
  const auto french = run_cli({"translate", "--model", "additive", "--force", "Mangez le pain !", "Eat the bread!"});
  const auto plain =
      run_cli({"translate", "--model", "additive", "--plain", "--force", "Mangez le pain !", "Eat the bread!"});
  ASSERT_EQ(french.exit_code, 0) << french.err;
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_THAT(french.out, HasSubstr("-> Mangez le pain !\n"));
  EXPECT_THAT(plain.out, HasSubstr("-> Mangez le pain!\n"));
}

}  // namespace
