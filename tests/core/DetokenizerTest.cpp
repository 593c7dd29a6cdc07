#include "tokens/CaseFolding.h"
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
  EXPECT_EQ(detokenize({"l'", "homme", "qu'", "il", "jusqu'", "à", "aujourd'hui"}, kLowercaseStyle),
            "l'homme qu'il jusqu'à aujourd'hui");
}

TEST(Detokenize, putsNoSpaceBeforeFullStopAndComma) {
  EXPECT_EQ(detokenize({"la", "voiture", ",", "la", "maison", "."}, kLowercaseStyle), "la voiture, la maison.");
}

TEST(Detokenize, usesFrenchSpacingBeforeHighPunctuation) {
  EXPECT_EQ(detokenize({"où", "est-il", "?"}), "Où est-il ?");
  EXPECT_EQ(detokenize({"non", "!"}), "Non !");
  EXPECT_EQ(detokenize({"voici", ":", "un", ";", "deux"}), "Voici : un ; deux");
  EXPECT_EQ(detokenize({"où", "est-il", "?"}, kLowercaseStyle), "où est-il ?");
}

TEST(Detokenize, gluesEnglishClitics) {
  EXPECT_EQ(detokenize({"my", "sister", "'s", "cat", "do", "n't", "i", "'m"}, kLowercaseStyle),
            "my sister's cat don't i'm");
}

TEST(Detokenize, closesUpBrackets) {
  EXPECT_EQ(detokenize({"(", "un", ")", "¿", "qué", "?"}, kLowercaseStyle), "(un) ¿qué ?");
}

TEST(Detokenize, givesEmptyTextForNoTokens) {
  EXPECT_EQ(detokenize({}), "");
  EXPECT_EQ(detokenize({}, kPlainStyle), "");
}

TEST(Detokenize, capitalisesTheFirstLetterAsFrenchIsWritten) {
  EXPECT_EQ(detokenize({"le", "chien", "dort", "."}), "Le chien dort.");
  EXPECT_EQ(detokenize({"l'", "homme", "qui", "lit", "est", "mon", "père", "."}), "L'homme qui lit est mon père.");
  EXPECT_EQ(detokenize({"qu'", "est-ce", "que", "le", "chat", "mange", "?"}), "Qu'est-ce que le chat mange ?");
  EXPECT_EQ(detokenize({"qu'", "est-ce", "qu'", "elle", "a", "lu", "?"}), "Qu'est-ce qu'elle a lu ?");
  EXPECT_EQ(detokenize({"où", "est", "le", "chat", "?"}), "Où est le chat ?");
  EXPECT_EQ(detokenize({"est-ce", "que", "le", "chien", "dort", "?"}), "Est-ce que le chien dort ?");
  EXPECT_EQ(detokenize({"n'", "ouvrez", "pas", "la", "porte", "!"}), "N'ouvrez pas la porte !");
}

TEST(Detokenize, capitalisesAccentedLettersInUtf8) {
  EXPECT_EQ(detokenize({"école"}), "École");
  EXPECT_EQ(detokenize({"à", "la", "maison", "."}), "À la maison.");
  EXPECT_EQ(detokenize({"ça", "va", "."}), "Ça va.");
  EXPECT_EQ(detokenize({"œuf"}), "Œuf");
  EXPECT_EQ(detokenize({"être", "ou", "ne", "pas", "être"}), "Être ou ne pas être");
}

TEST(Detokenize, keepsAujourdhuiWholeAndCapitalisesIt) {
  EXPECT_EQ(detokenize({"aujourd'hui", ",", "les", "enfants", "vont", "à", "l'", "école", "."}),
            "Aujourd'hui, les enfants vont à l'école.");
  EXPECT_EQ(detokenize({"hier", ",", "il", "a", "lu", "aujourd'hui", "."}), "Hier, il a lu aujourd'hui.");
}

TEST(Detokenize, capitalisesTheFirstLetterAfterOpeningMarks) {
  EXPECT_EQ(detokenize({"\"", "oui", "\"", "."}), "\" Oui \".");
  EXPECT_EQ(detokenize({"(", "oui", ")"}), "(Oui)");
  EXPECT_EQ(detokenize({"¿", "qué", "?"}), "¿Qué ?");
}

TEST(Detokenize, leavesDigitsAndUncasedTextAlone) {
  EXPECT_EQ(detokenize({"3", "chats", "."}), "3 chats.");
  EXPECT_EQ(detokenize({"שלום", "."}), "שלום.");
  EXPECT_EQ(detokenize({"ß"}), "ß");
}

TEST(Detokenize, plainStyleGluesHighPunctuationButStillCapitalises) {
  EXPECT_EQ(detokenize({"où", "est", "le", "chat", "?"}, kPlainStyle), "Où est le chat?");
  EXPECT_EQ(detokenize({"mangez", "le", "pain", "!"}, kPlainStyle), "Mangez le pain!");
  EXPECT_EQ(detokenize({"voici", ":", "un", ";", "deux", "."}, kPlainStyle), "Voici: un; deux.");
  EXPECT_EQ(detokenize({"oui", ",", "le", "chien", "dort", "."}, kPlainStyle), "Oui, le chien dort.");
}

TEST(Detokenize, stylesCanBeCombinedFreely) {
  const std::vector<std::string> tokens = {"où", "est", "le", "chat", "?"};
  EXPECT_EQ(detokenize(tokens, DetokenizeStyle{false, false}), "où est le chat?");
  EXPECT_EQ(detokenize(tokens, DetokenizeStyle{true, false}), "où est le chat ?");
  EXPECT_EQ(detokenize(tokens, DetokenizeStyle{true, true}), "Où est le chat ?");
}

TEST(DetokenizeCaseFolding, upperCasesEveryAlphabetTheLowerCaseTableKnows) {
  EXPECT_EQ(to_upper(U'a'), U'A');
  EXPECT_EQ(to_upper(U'é'), U'É');
  EXPECT_EQ(to_upper(U'à'), U'À');
  EXPECT_EQ(to_upper(U'ç'), U'Ç');
  EXPECT_EQ(to_upper(U'œ'), U'Œ');
  EXPECT_EQ(to_upper(U'ÿ'), U'Ÿ');
  EXPECT_EQ(to_upper(U'ş'), U'Ş');
  EXPECT_EQ(to_upper(U'ž'), U'Ž');
  EXPECT_EQ(to_upper(U'ς'), U'Σ');
  EXPECT_EQ(to_upper(U'ж'), U'Ж');
  EXPECT_EQ(to_upper(U'ё'), U'Ё');
  EXPECT_EQ(to_upper(U'ß'), U'ß');
  EXPECT_EQ(to_upper(U'÷'), U'÷');
  EXPECT_EQ(to_upper(U'A'), U'A');
  for (char32_t c = 0; c < 0x0500; ++c) {
    if (c == 0x03C2 || c == 0x0131) continue;  // final sigma and dotless i share a capital
    const char32_t upper = to_upper(c);
    if (upper != c) EXPECT_EQ(to_lower(upper), c) << std::hex << static_cast<unsigned>(c);
    const char32_t lower = to_lower(c);
    if (lower != c && c != 0x0130) EXPECT_EQ(to_upper(lower), c) << std::hex << static_cast<unsigned>(c);
  }
}

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
