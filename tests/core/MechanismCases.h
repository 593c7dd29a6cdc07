#pragma once
// Every score function under every attention mechanism, for the tests that
// must hold for each model the spec allows.

#include "model/ModelConfig.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>

namespace attnviz {

using MechanismCase = std::tuple<ScoreFunction, AttentionMechanism>;

inline auto all_mechanism_cases() {
  return testing::Combine(testing::ValuesIn(kAllScoreFunctions), testing::ValuesIn(kAllMechanisms));
}

// "additive_local_p": test names hold only letters, digits and '_'.
inline std::string mechanism_case_name(const testing::TestParamInfo<MechanismCase>& info) {
  std::string name = std::string(to_string(std::get<0>(info.param))) + "_" + to_string(std::get<1>(info.param));
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

}  // namespace attnviz
