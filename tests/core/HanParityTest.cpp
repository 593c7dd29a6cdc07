// The classifier engine against PyTorch: tools/han_reference.py writes a
// random hierarchical attention network to tests/fixtures/han/ and records
// for a few documents (one with a word outside the vocabulary) the class
// probabilities, the sentence weights and every word weight. Each must
// match within 1e-5.

#include "classification/HanModel.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

namespace attnviz {
namespace {

using nlohmann::json;

constexpr double kTolerance = 1e-5;
const std::string kFolder = ATTNVIZ_FIXTURES_DIR "/han/";

json read_reference() {
  std::ifstream in(kFolder + "han.json");
  EXPECT_TRUE(in) << "cannot open the fixture";
  return json::parse(in);
}

void expect_near(const std::vector<float>& actual, const json& expected, const std::string& what) {
  ASSERT_EQ(actual.size(), expected.size()) << what;
  for (size_t i = 0; i < actual.size(); ++i) EXPECT_NEAR(actual[i], expected[i].get<double>(), kTolerance) << what << " " << i;
}

TEST(HanParity, probabilitiesAndBothLevelsOfAttentionMatchPytorchForFloats) {
  const HanModel model(read_han_file(kFolder + "han.safetensors"));
  const json reference = read_reference();
  ASSERT_EQ(reference["cases"].size(), 4u);
  for (const json& c : reference["cases"]) {
    const auto sentences = c["sentences"].get<std::vector<std::vector<std::string>>>();
    const DocumentClassification result = model.classify(sentences);
    const std::string document = c["sentences"].dump();
    expect_near(result.probabilities, c["probabilities"], document + " probabilities");
    std::vector<float> sentence_weights;
    for (const SentenceAttention& s : result.sentences) sentence_weights.push_back(s.weight);
    expect_near(sentence_weights, c["sentence_weights"], document + " sentence weights");
    for (size_t s = 0; s < result.sentences.size(); ++s)
      expect_near(result.sentences[s].word_weights, c["word_weights"][s], document + " words of sentence " + std::to_string(s));
  }
}

TEST(HanParity, wordsOutsideTheVocabularyAreMarkedUnknown) {
  const HanModel model(read_han_file(kFolder + "han.safetensors"));
  const DocumentClassification result = model.classify_text("A zebra eats milk.");
  ASSERT_EQ(result.sentences.size(), 1u);
  EXPECT_EQ(result.sentences[0].unknown, (std::vector<bool>{false, true, false, false, false}));
}

TEST(HanParity, typedTextIsSplitIntoSentencesAsTheCorpusIs) {
  const HanModel model(read_han_file(kFolder + "han.safetensors"));
  const DocumentClassification typed = model.classify_text("The dog eats the bread. She does not read the book?");
  const json first = read_reference()["cases"][0];
  ASSERT_EQ(typed.sentences.size(), 2u);
  EXPECT_EQ(typed.sentences[1].tokens, first["sentences"][1].get<std::vector<std::string>>());
  expect_near(typed.probabilities, first["probabilities"], "typed document");
}

TEST(HanParity, aDocumentWithoutWordsIsRefused) {
  const HanModel model(read_han_file(kFolder + "han.safetensors"));
  EXPECT_THROW(model.classify_text("   "), std::invalid_argument);
}

}  // namespace
}  // namespace attnviz
