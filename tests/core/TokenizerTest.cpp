#include "tokens/Tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace attnviz {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> texts(std::string_view sentence) {
  std::vector<std::string> out;
  for (const Token& token : Tokenizer().tokenize(sentence)) out.push_back(token.text);
  return out;
}

std::vector<std::string> surfaces(std::string_view sentence) {
  std::vector<std::string> out;
  for (const Token& token : Tokenizer().tokenize(sentence)) out.push_back(token.surface);
  return out;
}

TEST(Tokenizer, lowercasesWordsAndSplitsPunctuation) {
  EXPECT_THAT(texts("The red car, the BLUE house."),
              ElementsAre("the", "red", "car", ",", "the", "blue", "house", "."));
}

TEST(Tokenizer, lowercasesAccentedCapitals) {
  EXPECT_THAT(texts("ÉTÉ À ÇA ŒUVRE Ÿ ÑO"), ElementsAre("été", "à", "ça", "œuvre", "ÿ", "ño"));
  // Latin Extended-A pairs start on even and (Ł, Ź) on odd code points.
  EXPECT_THAT(texts("ĀĆĘ ŁÓDŹ ŠŽ İı ß"), ElementsAre("āćę", "łódź", "šž", "iı", "ß"));
}

TEST(Tokenizer, lowercasesGreekAndCyrillic) {
  EXPECT_THAT(texts("ΑΘΗΝΑ МОСКВА Ёж"), ElementsAre("αθηνα", "москва", "ёж"));
}

TEST(Tokenizer, surfaceKeepsTheOriginalSpelling) {
  EXPECT_THAT(surfaces("L’Homme DON’T"), ElementsAre("L’", "Homme", "DO", "N’T"));
  EXPECT_THAT(texts("L’Homme DON’T"), ElementsAre("l'", "homme", "do", "n't"));
}

TEST(Tokenizer, splitsFrenchElisions) {
  EXPECT_THAT(texts("l'homme d'eau j'ai m'appelle n'est s'il t'aime c'est"),
              ElementsAre("l'", "homme", "d'", "eau", "j'", "ai", "m'", "appelle", "n'", "est",
                          "s'", "il", "t'", "aime", "c'", "est"));
  EXPECT_THAT(texts("qu'il jusqu'à lorsqu'elle puisqu'on"),
              ElementsAre("qu'", "il", "jusqu'", "à", "lorsqu'", "elle", "puisqu'", "on"));
}

TEST(Tokenizer, splitsAChainOfElisions) {
  EXPECT_THAT(texts("qu'l'homme"), ElementsAre("qu'", "l'", "homme"));
}

TEST(Tokenizer, keepsWordsWhoseApostropheIsNoElision) {
  EXPECT_THAT(texts("aujourd'hui o'clock presqu'île"),
              ElementsAre("aujourd'hui", "o'clock", "presqu'île"));
}

TEST(Tokenizer, splitsEnglishClitics) {
  EXPECT_THAT(texts("my sister's cat"), ElementsAre("my", "sister", "'s", "cat"));
  EXPECT_THAT(texts("I'm you're we've they'll he'd"),
              ElementsAre("i", "'m", "you", "'re", "we", "'ve", "they", "'ll", "he", "'d"));
}

TEST(Tokenizer, splitsEnglishNegationAsThePennTreebankDoes) {
  EXPECT_THAT(texts("don't can't isn't"), ElementsAre("do", "n't", "ca", "n't", "is", "n't"));
}

TEST(Tokenizer, keepsStandaloneElisionsAndClitics) {
  EXPECT_THAT(texts("l' homme sister 's do n't"),
              ElementsAre("l'", "homme", "sister", "'s", "do", "n't"));
}

TEST(Tokenizer, treatsLooseApostrophesAsQuotes) {
  EXPECT_THAT(texts("'hello' dogs' 'x"), ElementsAre("'", "hello", "'", "dogs", "'", "'", "x"));
}

TEST(Tokenizer, keepsHyphenatedWordsAndSplitsLooseHyphens) {
  EXPECT_THAT(texts("Est-il vingt-deux - -il a-"),
              ElementsAre("est-il", "vingt-deux", "-", "-", "il", "a", "-"));
}

TEST(Tokenizer, keepsNumbersWithSeparators) {
  EXPECT_THAT(texts("3.14 1,000 3,5 20% 2:30 1."),
              ElementsAre("3.14", "1,000", "3,5", "20", "%", "2", ":", "30", "1", "."));
}

TEST(Tokenizer, splitsTypographicPunctuation) {
  EXPECT_THAT(texts("«Bonjour»… “yes”—no ¿qué?"),
              ElementsAre("\"", "bonjour", "\"", "…", "\"", "yes", "\"", "—", "no", "¿", "qué", "?"));
}

TEST(Tokenizer, readsEveryDoubleQuoteAsTheAsciiQuote) {
  EXPECT_THAT(texts("«oui» « non » “yes” „ja“ \"so\""),
              ElementsAre("\"", "oui", "\"", "\"", "non", "\"", "\"", "yes", "\"", "\"", "ja", "\"", "\"", "so",
                          "\""));
  const std::vector<Token> tokens = Tokenizer().tokenize("«oui»");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].surface, "«");  // the surface keeps what was typed
  EXPECT_EQ(tokens[2].surface, "»");
  EXPECT_THAT(texts("‘single’ ‹a›"), ElementsAre("‘", "single", "'", "‹", "a", "›"));
}

TEST(Tokenizer, typedSentencesGiveTheCorpusTokens) {
  EXPECT_EQ(texts("The dog eats the bread."), texts("the dog eats the bread ."));
  EXPECT_THAT(texts("The dog eats the bread."), ElementsAre("the", "dog", "eats", "the", "bread", "."));
  EXPECT_EQ(texts("Where is the cat ?"), texts("Where is the cat?"));
  EXPECT_EQ(texts("Where is the cat?"), texts("where is the cat ?"));
  EXPECT_EQ(texts("Eat the bread !"), texts("Eat the bread!"));
  EXPECT_THAT(texts("Yes, the dog sleeps."), ElementsAre("yes", ",", "the", "dog", "sleeps", "."));
  EXPECT_THAT(texts("She eats a pear, an apple and a banana."),
              ElementsAre("she", "eats", "a", "pear", ",", "an", "apple", "and", "a", "banana", "."));
}

TEST(Tokenizer, splitsTypedContractionsWithEitherApostrophe) {
  EXPECT_THAT(texts("Don’t drink the water!"), ElementsAre("do", "n't", "drink", "the", "water", "!"));
  EXPECT_EQ(texts("Don’t drink the water!"), texts("Don't drink the water!"));
  EXPECT_THAT(texts("She doesn’t eat."), ElementsAre("she", "does", "n't", "eat", "."));
  EXPECT_THAT(texts("He didn't see it, isn’t it?"),
              ElementsAre("he", "did", "n't", "see", "it", ",", "is", "n't", "it", "?"));
  EXPECT_THAT(texts("My sister’s cat."), ElementsAre("my", "sister", "'s", "cat", "."));
}

TEST(Tokenizer, readsTypedFrenchLikeCorpusFrench) {
  EXPECT_EQ(texts("Qu’est-ce qu’elle a lu ?"), texts("qu' est-ce qu' elle a lu ?"));
  EXPECT_THAT(texts("Aujourd’hui, l’homme dort."),
              ElementsAre("aujourd'hui", ",", "l'", "homme", "dort", "."));
  EXPECT_THAT(texts("École"), ElementsAre("école"));
}

TEST(Tokenizer, treatsUnicodeSpacesAsSeparators) {
  EXPECT_THAT(texts("où\u00a0est-il\u202f?\u2003non\u3000oui"),
              ElementsAre("où", "est-il", "?", "non", "oui"));
}

TEST(Tokenizer, dropsNulAndControlCharacters) {
  constexpr char kWithControls[] = "a\0b\x01" "c\x7f" "d\u200be\ufefff";
  const std::string with_controls(kWithControls, sizeof kWithControls - 1);
  EXPECT_THAT(texts(with_controls), ElementsAre("a", "b", "c", "d", "e", "f"));
  EXPECT_THAT(texts("\u0085x\u009fy"), ElementsAre("x", "y"));
}

TEST(Tokenizer, givesNoTokensForEmptyOrBlankInput) {
  EXPECT_TRUE(texts("").empty());
  EXPECT_TRUE(texts(" \t\n\r ").empty());
}

TEST(Tokenizer, replacesEachInvalidByteWithReplacementCharacter) {
  EXPECT_THAT(texts("ab\xff" "cd \x80"), ElementsAre("ab\uFFFDcd", "\uFFFD"));
}

TEST(Tokenizer, replacesTruncatedSequencesOncePerMaximalSubpart) {
  // "\xe2\x82" is the start of "€" without its last byte; "\xf0\x9f\x98" of an emoji.
  EXPECT_THAT(texts("x\xe2\x82 y\xf0\x9f\x98"), ElementsAre("x\uFFFD", "y\uFFFD"));
  EXPECT_THAT(texts("\xe2\x82" "a"), ElementsAre("\uFFFD" "a"));
}

TEST(Tokenizer, rejectsOverlongEncodingsSurrogatesAndOutOfRange) {
  // Overlong "/" (C0 AF), overlong NUL (E0 80 80), a surrogate (ED A0 80),
  // U+110000 (F4 90 80 80): each byte the decoder cannot accept is one U+FFFD.
  EXPECT_THAT(texts("\xc0\xaf"), ElementsAre("\uFFFD\uFFFD"));
  EXPECT_THAT(texts("\xe0\x80\x80"), ElementsAre("\uFFFD\uFFFD\uFFFD"));
  EXPECT_THAT(texts("\xed\xa0\x80"), ElementsAre("\uFFFD\uFFFD\uFFFD"));
  EXPECT_THAT(texts("\xf4\x90\x80\x80"), ElementsAre("\uFFFD\uFFFD\uFFFD\uFFFD"));
}

TEST(Tokenizer, keepsValidMultiByteCharactersWhole) {
  EXPECT_THAT(texts("\u07ff \uffff \U0010FFFF"), ElementsAre("\u07ff", "\uffff", "\U0010FFFF"));
}

TEST(Tokenizer, keepsEmojiSequencesInsideTokens) {
  // A family (joined by U+200D), a heart with its variation selector, a flag.
  EXPECT_THAT(texts("love❤️ 👨‍👩‍👧 🇫🇷!"),
              ElementsAre("love❤️", "👨‍👩‍👧", "🇫🇷", "!"));
}

TEST(Tokenizer, keepsCombiningMarksWithTheirCharacter) {
  // "é" as e + U+0301, and a mark following punctuation stays with it.
  EXPECT_THAT(texts("Ce\u0301sar ?\u0301"), ElementsAre("ce\u0301sar", "?\u0301"));
}

TEST(Tokenizer, keepsRightToLeftWordsIntact) {
  EXPECT_THAT(texts("שָׁלוֹם עולם, مرحبا بالعالم."),
              ElementsAre("שָׁלוֹם", "עולם", ",", "مرحبا", "بالعالم", "."));
}

TEST(Tokenizer, joinTokensRoundTripsCorpusTokens) {
  const std::vector<std::string> tokens = {"l'", "homme", "qu'", "elle", "voit", "n'", "est",
                                           "pas", "là", ",", "est-il", "?", "vingt-deux",
                                           "3,5", "sœur", "'s", "do", "n't", "\"", "\"", "."};
  std::vector<std::string> back;
  for (const Token& token : Tokenizer().tokenize(join_tokens(tokens))) back.push_back(token.text);
  EXPECT_EQ(back, tokens);
}

}  // namespace
}  // namespace attnviz
