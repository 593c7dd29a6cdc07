// Whatever a user types (issue 6): blank, huge, invalid UTF-8, NUL and
// control characters, emoji, combining marks, right-to-left text. The engine
// and the CLI must not crash, must cap long input with a notice, must keep
// the matrix in step with its labels, and every label must stay valid UTF-8.
#include "CliRunner.h"
#include "ModelFileTestData.h"

#include "alignment/EndOfSentence.h"
#include "model/Seq2SeqModel.h"
#include "tokens/Utf8.h"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

namespace attnviz::test {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

bool is_utf8(const std::string& text) { return encode_utf8(decode_utf8(text)) == text; }

std::string repeated(const std::string& piece, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += piece;
  return text;
}

struct TypedInput {
  const char* name;  // the CTest name
  std::string text;
};

void PrintTo(const TypedInput& input, std::ostream* out) { *out << input.name; }

std::vector<TypedInput> typed_inputs() {
  using namespace std::string_literals;  // "..."s keeps the NUL inside the string
  return {
      {"Empty", ""},
      {"Blank", " \t \r\n  "},
      {"HundredThousandCharactersOfWords", repeated("car ", 25000)},
      {"OneHundredThousandCharacterWord", std::string(100000, 'x')},
      {"TenThousandTokens", repeated("the red car . ", 2500)},
      {"InvalidUtf8", "the \xFF\xFE car \xC0\xAF red \xED\xA0\x80 \xE2\x82"},
      {"NulAndControlCharacters", "the\0car\x01red\x1b[31m\x7f\r\n."s},
      {"Emoji", "the 👍🏽 car 👨‍👩‍👧 red"},
      {"CombiningMarks", "the cafe\xCC\x81 e\xCC\x81te\xCC\x81"},
      {"RightToLeft", "the שלום car مرحبا ."},
  };
}

void expect_labels_utf8(const std::vector<std::string>& labels) {
  for (const std::string& label : labels) {
    EXPECT_TRUE(is_utf8(label)) << label;
    EXPECT_EQ(label.find('\0'), std::string::npos);
  }
}

void expect_well_formed(const Alignment& a) {
  ASSERT_FALSE(a.maps.empty());
  ASSERT_EQ(a.primary().weights.rows(), a.rows());
  ASSERT_EQ(a.primary().weights.cols(), a.cols());
  ASSERT_FALSE(a.source_tokens.empty());
  EXPECT_EQ(a.source_tokens.back(), "</s>");
  EXPECT_LE(without_end_of_sentence_column(a).cols(), kMaxSourceTokens);  // one </s> per sentence
  for (Eigen::Index row = 0; row < a.rows(); ++row) EXPECT_NEAR(a.primary().weights.row(row).sum(), 1.0f, 1e-4f);
  expect_labels_utf8(a.source_tokens);
  expect_labels_utf8(a.target_tokens);
  EXPECT_TRUE(is_utf8(a.translation));
}

class TypedInputToEngine : public ::testing::TestWithParam<TypedInput> {
 protected:
  Seq2SeqModel model_{tiny_model(), ModelInfo{}};
};

TEST_P(TypedInputToEngine, greedyBeamAndForcedKeepTheMatrixAndLabelsValid) {
  DecodeOptions beam;
  beam.beam_width = 3;
  expect_well_formed(model_.translate(GetParam().text, {}));
  expect_well_formed(model_.translate(GetParam().text, beam));
  expect_well_formed(model_.force(GetParam().text, "la voiture rouge", {}));
}

INSTANTIATE_TEST_SUITE_P(Typed, TypedInputToEngine, ::testing::ValuesIn(typed_inputs()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(TypedInputEngine, blankInputLeavesOnlyTheEndOfSentence) {
  const Seq2SeqModel model(tiny_model(), ModelInfo{});
  EXPECT_EQ(model.translate(" \t\n", {}).source_tokens, std::vector<std::string>{"</s>"});
}

TEST(TypedInputEngine, tenThousandTokensAreCutToTheMaximumAndCounted) {
  const Seq2SeqModel model(tiny_model(), ModelInfo{});
  const Alignment a = model.translate(repeated("the red car . ", 2500), {});
  EXPECT_EQ(without_end_of_sentence_column(a).cols(), kMaxSourceTokens);
  EXPECT_EQ(a.source_tokens_dropped, 10000 - kMaxSourceTokens);
}

TEST(TypedInputEngine, scriptsAndMarksSurviveWholeInTheLabels) {
  const Seq2SeqModel model(tiny_model(), ModelInfo{});
  EXPECT_THAT(model.translate("the שלום car", {}).source_tokens, Contains("שלום"));
  EXPECT_THAT(model.translate("the cafe\xCC\x81", {}).source_tokens, Contains("cafe\xCC\x81"));
  EXPECT_THAT(model.translate("the 👍 car", {}).source_tokens, Contains("👍"));
}

// The CLI reads hostile lines from an --input file (argv cannot hold a NUL).
class TypedInputToCli : public ModelFolderTest {
 protected:
  void SetUp() override {
    ModelFolderTest::SetUp();
    write_seq2seq_file(folder_ / "tiny.safetensors", tiny_model());
  }
  std::string model() const { return (folder_ / "tiny.safetensors").string(); }
};

TEST_F(TypedInputToCli, everyLineGivesValidJsonWithValidLabels) {
  std::string lines;
  for (TypedInput input : typed_inputs()) {
    std::replace(input.text.begin(), input.text.end(), '\n', ' ');
    lines += input.text + "\n";
  }
  write_bytes(folder_ / "input.txt", lines);
  const auto result = attnviz::testing::run_cli({"translate", "--model", model(), "--format", "json", "--input",
                                        (folder_ / "input.txt").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::istringstream out(result.out);
  int objects = 0;
  for (std::string line; std::getline(out, line); ++objects) {
    const nlohmann::json object = nlohmann::json::parse(line);  // throws on invalid UTF-8
    EXPECT_EQ(object["src_tokens"].back(), "</s>");
  }
  EXPECT_EQ(objects, 8);  // every line but the empty and the blank one, which the CLI skips
}

TEST_F(TypedInputToCli, tenThousandTokensAreCutWithAVisibleNotice) {
  write_bytes(folder_ / "input.txt", repeated("the red car . ", 2500) + "\n");
  const auto result =
      attnviz::testing::run_cli({"translate", "--model", model(), "--input", (folder_ / "input.txt").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("the input was cut to 200 tokens (9800 dropped)"));
}

TEST_F(TypedInputToCli, anEmptySentenceIsAUsageErrorOnOneLine) {
  const auto result = attnviz::testing::run_cli({"translate", "--model", model(), ""});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1);
}

}  // namespace
}  // namespace attnviz::test
