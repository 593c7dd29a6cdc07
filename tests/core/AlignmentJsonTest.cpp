// The JSON writer's numbers: exact, short, and valid JSON.
#include "ExportTestData.h"

#include "export/AlignmentJson.h"
#include "model/ModelFile.h"

#include <gtest/gtest.h>

#include <limits>

namespace attnviz {
namespace {

std::string matrix_text(const RowMatrix& matrix) {
  std::string out;
  append_matrix_json(out, matrix);
  return out;
}

TEST(AlignmentJson, weightsAreTheShortestDecimalThatReadsBackToTheSameFloat) {
  RowMatrix m(2, 2);
  m << 0.1f, 0.001f, 1.0f / 3.0f, 0.0f;
  EXPECT_EQ(matrix_text(m), "[[0.1,0.001],[0.33333334,0]]");
  const auto parsed = nlohmann::json::parse(matrix_text(m));
  for (Eigen::Index r = 0; r < m.rows(); ++r)
    for (Eigen::Index c = 0; c < m.cols(); ++c) EXPECT_EQ(parsed[r][c].get<float>(), m(r, c));
}

TEST(AlignmentJson, aValueThatIsNotFiniteIsNull) {
  RowMatrix m(1, 2);
  m << std::numeric_limits<float>::quiet_NaN(), -std::numeric_limits<float>::infinity();
  EXPECT_EQ(matrix_text(m), "[[null,null]]");
}

TEST(AlignmentJson, aLineIsOneJsonObjectWithLabelsExtrasAndBothMatrices) {
  const ModelAlignment item = test::sample_alignment();
  const std::string line = alignment_json_line(item.alignment, item.model, {{"unknown", {1}}});
  ASSERT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  const auto parsed = nlohmann::json::parse(line);
  EXPECT_EQ(parsed["model"], item.model.name);
  EXPECT_EQ(parsed["unknown"], nlohmann::json({1}));
  EXPECT_EQ(parsed["attention"].size(), static_cast<size_t>(item.alignment.rows()));
  EXPECT_EQ(parsed["scores"][0].size(), static_cast<size_t>(item.alignment.cols()));
}

TEST(ForcedDecoding, flagsReferenceWordsTheTargetVocabularyLacks) {
  const auto model = load_model(std::string(ATTNVIZ_FIXTURES_DIR) + "/parity/dot.safetensors");
  const Alignment forced = model->force("the red car", "la voiture zzqxv", {});
  ASSERT_EQ(forced.target_unknown.size(), forced.target_tokens.size());
  EXPECT_EQ(forced.target_unknown, (std::vector<bool>{false, false, true, false}));
  EXPECT_TRUE(model->translate("the red car", {}).target_unknown.empty());
}

}  // namespace
}  // namespace attnviz
