#include "tokens/Tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace attnviz {
namespace {

std::vector<std::string> texts(std::string_view sentence) {
  std::vector<std::string> out;
  for (const Token& token : Tokenizer().tokenize(sentence)) out.push_back(token.text);
  return out;
}

TEST(Detokenize, gluesFrenchElisionsToTheNextWord) {
  EXPECT_EQ(detokenize({"l'", "homme", "qu'", "il", "jusqu'", "à", "aujourd'hui"}),
            "l'homme qu'il jusqu'à aujourd'hui");
}

TEST(Detokenize, putsNoSpaceBeforeFullStopAndComma) {
  EXPECT_EQ(detokenize({"la", "voiture", ",", "la", "maison", "."}), "la voiture, la maison.");
}

TEST(Detokenize, usesFrenchSpacingBeforeHighPunctuation) {
  EXPECT_EQ(detokenize({"où", "est-il", "?"}), "où est-il ?");
  EXPECT_EQ(detokenize({"non", "!"}), "non !");
  EXPECT_EQ(detokenize({"voici", ":", "un", ";", "deux"}), "voici : un ; deux");
}

TEST(Detokenize, gluesEnglishClitics) {
  EXPECT_EQ(detokenize({"my", "sister", "'s", "cat", "do", "n't", "i", "'m"}),
            "my sister's cat don't i'm");
}

TEST(Detokenize, closesUpBrackets) {
  EXPECT_EQ(detokenize({"(", "un", ")", "¿", "qué", "?"}), "(un) ¿qué ?");
}

TEST(Detokenize, givesEmptyTextForNoTokens) { EXPECT_EQ(detokenize({}), ""); }

TEST(Detokenize, roundTripsThroughTheTokenizer) {
  const std::vector<std::vector<std::string>> sentences = {
      {"l'", "homme", "ne", "mange", "pas", "de", "pain", "."},
      {"où", "est", "le", "chat", "de", "ma", "sœur", "?"},
      {"elle", "lit", "souvent", ",", "puis", "elle", "dort", "!"},
      {"my", "sister", "'s", "cat", "does", "n't", "eat", "."},
  };
  for (const auto& tokens : sentences) EXPECT_EQ(texts(detokenize(tokens)), tokens);
}

TEST(JoinTokens, separatesTokensWithSingleSpaces) {
  EXPECT_EQ(join_tokens({"l'", "homme", "."}), "l' homme .");
  EXPECT_EQ(join_tokens({}), "");
}

}  // namespace
}  // namespace attnviz
