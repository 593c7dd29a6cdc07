// View > Compare's presets pick the panes that differ in one thing only.
#include "model/ComparisonPreset.h"

#include <gtest/gtest.h>

namespace attnviz {
namespace {

ModelInfo gru(const std::string& name, const std::string& score, const std::string& mechanism = "global") {
  ModelInfo info;
  info.name = name;
  info.kind = "seq2seq";
  info.score = score;
  info.mechanism = mechanism;
  return info;
}

ModelInfo transformer() {
  ModelInfo info;
  info.name = "transformer";
  info.kind = "transformer";
  info.score = "scaled_dot";
  return info;
}

// The shipped set: five score functions, the local and hard mechanisms
// with additive inside, and the Transformer.
std::vector<ModelInfo> shipped() {
  return {gru("additive", "additive"), gru("cosine", "cosine"), gru("dot", "dot"), gru("general", "general"),
          gru("hard", "additive", "hard"), gru("local-m", "additive", "local-m"),
          gru("local-p", "additive", "local-p"), gru("scaled_dot", "scaled_dot"), transformer()};
}

TEST(ComparisonPreset, byScoreFunctionShowsEveryGlobalGruModelAndNothingElse) {
  EXPECT_EQ(preset_members(ComparisonPreset::ByScoreFunction, shipped()),
            (std::vector<bool>{true, true, true, true, false, false, false, true, false}));
}

TEST(ComparisonPreset, byMechanismShowsOneModelPerMechanismWithTheScoreTheyShare) {
  EXPECT_EQ(preset_members(ComparisonPreset::ByMechanism, shipped()),
            (std::vector<bool>{true, false, false, false, true, true, true, false, false}));
}

TEST(ComparisonPreset, byMechanismComparesWithTheGlobalModelOfTheLocalModelsScore) {
  const std::vector<ModelInfo> models = {gru("additive", "additive"), gru("general", "general"),
                                         gru("local-p", "general", "local-p")};
  EXPECT_EQ(preset_members(ComparisonPreset::ByMechanism, models), (std::vector<bool>{false, true, true}));
}

TEST(ComparisonPreset, byMechanismWithoutOtherMechanismsShowsTheAdditiveModel) {
  const std::vector<ModelInfo> models = {gru("dot", "dot"), gru("additive", "additive")};
  EXPECT_EQ(preset_members(ComparisonPreset::ByMechanism, models), (std::vector<bool>{false, true}));
}

TEST(ComparisonPreset, byMechanismFallsBackToTheFirstGlobalModelWhenNoneHasTheSharedScore) {
  const std::vector<ModelInfo> models = {gru("dot", "dot"), gru("cosine", "cosine"), gru("local-m", "general", "local-m")};
  EXPECT_EQ(preset_members(ComparisonPreset::ByMechanism, models), (std::vector<bool>{true, false, true}));
}

}  // namespace
}  // namespace attnviz
