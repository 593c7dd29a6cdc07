// The engine against an independent implementation: tools/pytorch_reference.py
// builds MODEL_SPEC.md's module in PyTorch, writes a random model per score
// function, local and hard mechanism into tests/fixtures/parity/ and records what
// it computes for a few sentences, greedy and forced. Every attention weight and raw score must
// match within 1e-5, the log-probability within 1e-4, the tokens exactly.

#include "decoding/BeamSearch.h"
#include "model/ModelFile.h"
#include "tokens/Tokenizer.h"
#include "training/Seq2SeqGraph.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <string>

namespace attnviz {
namespace {

using nlohmann::json;

constexpr double kWeightTolerance = 1e-5;
constexpr double kLogprobTolerance = 1e-4;

std::string fixture(const std::string& name) {
  return std::string(ATTNVIZ_FIXTURES_DIR) + "/parity/" + name;
}

json read_json(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  return json::parse(in);
}

void expect_matrix_near(const RowMatrix& actual, const json& expected, double tolerance,
                        const std::string& what) {
  ASSERT_EQ(actual.rows(), static_cast<Eigen::Index>(expected.size())) << what;
  for (Eigen::Index t = 0; t < actual.rows(); ++t) {
    const json& row = expected[static_cast<size_t>(t)];
    ASSERT_EQ(actual.cols(), static_cast<Eigen::Index>(row.size())) << what;
    for (Eigen::Index i = 0; i < actual.cols(); ++i) {
      EXPECT_NEAR(actual(t, i), row[static_cast<size_t>(i)].get<double>(), tolerance)
          << what << " at row " << t << ", column " << i;
    }
  }
}

void expect_matches_reference(const Alignment& ours, const json& reference) {
  const std::string sentence = reference["sentence"].get<std::string>();
  ASSERT_EQ(ours.target_tokens, reference["tgt_tokens"].get<std::vector<std::string>>())
      << sentence;
  expect_matrix_near(ours.primary().weights, reference["attention"], kWeightTolerance,
                     sentence + " attention");
  expect_matrix_near(ours.primary().scores, reference["scores"], kWeightTolerance,
                     sentence + " scores");
  EXPECT_NEAR(ours.logprob, reference["logprob"].get<double>(), kLogprobTolerance) << sentence;
  for (size_t t = 0; t < ours.steps.size(); ++t) {
    EXPECT_NEAR(ours.steps[t].probability, reference["probabilities"][t].get<double>(),
                kWeightTolerance) << sentence << " step " << t;
    EXPECT_EQ(ours.steps[t].top.front().id, reference["top"][t][0].get<int>())
        << sentence << " step " << t;
  }
}

class PytorchParityTest : public testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    model_ = load_model(fixture(GetParam() + ".safetensors"));
    reference_ = read_json(fixture(GetParam() + ".json"));
  }

  std::vector<json> cases(const std::string& mode) const {
    std::vector<json> selected;
    for (const json& c : reference_["cases"]) {
      if (c["mode"] == mode) selected.push_back(c);
    }
    return selected;
  }

  Alignment greedy(const json& c) const { return model_->translate(c["sentence"].get<std::string>(), {}); }
  Alignment beam(const json& c, int width) const {
    DecodeOptions options;
    options.beam_width = width;
    return model_->translate(c["sentence"].get<std::string>(), options);
  }

  std::unique_ptr<AttentionModel> model_;
  json reference_;
};

TEST_P(PytorchParityTest, greedyDecodingMatchesPytorchReference) {
  for (const json& c : cases("greedy")) expect_matches_reference(greedy(c), c);
}

TEST_P(PytorchParityTest, forcedDecodingMatchesPytorchReference) {
  for (const json& c : cases("forced")) {
    const Alignment forced = model_->force(c["sentence"].get<std::string>(),
                                           c["target"].get<std::string>(), {});
    expect_matches_reference(forced, c);
    EXPECT_EQ(forced.target_tokens.back(), "</s>");
  }
}

// local-p's rows are the window's softmax times a Gaussian, not renormalised
// (MODEL_SPEC.md): they sum to between exp(-2) and 1.
TEST_P(PytorchParityTest, attentionHasARowPerTargetStepAndAColumnPerSourceTokenAndRowsSumToOne) {
  const bool gaussian = model_->info().mechanism == "local-p";
  for (const json& c : cases("greedy")) {
    const Alignment a = greedy(c);
    EXPECT_EQ(a.cols(), static_cast<Eigen::Index>(c["src_ids"].size()));
    EXPECT_EQ(a.primary().weights.rows(), a.rows());
    EXPECT_EQ(a.primary().weights.cols(), a.cols());
    EXPECT_EQ(a.primary().scores.rows(), a.rows());
    EXPECT_EQ(a.steps.size(), static_cast<size_t>(a.rows()));
    EXPECT_EQ(a.source_tokens.back(), "</s>");
    for (Eigen::Index t = 0; t < a.rows(); ++t) {
      const float sum = a.primary().weights.row(t).sum();
      if (gaussian) {
        EXPECT_GE(sum, std::exp(-2.0f) - 1e-6f) << "row " << t;
        EXPECT_LE(sum, 1.0f + 1e-6f) << "row " << t;
      } else {
        EXPECT_NEAR(sum, 1.0, 1e-5) << "row " << t;
      }
    }
  }
}

TEST_P(PytorchParityTest, decodingStopsAtEosOrAfterFloorOfRatioTimesSourceLengthPlusTenSteps) {
  constexpr float kRatio = 1.5f;  // the fixtures' config.max_len_ratio
  for (const json& c : cases("greedy")) {
    const Alignment a = greedy(c);
    const auto n = static_cast<float>(c["src_ids"].size());
    const auto limit = static_cast<Eigen::Index>(std::floor(kRatio * n)) + 10;
    if (a.target_tokens.back() == "</s>") {
      EXPECT_LE(a.rows(), limit);
    } else {
      EXPECT_EQ(a.rows(), limit) << c["sentence"];
    }
  }
}

TEST_P(PytorchParityTest, maxLenRatioOptionOverridesTheConfigs) {
  DecodeOptions options;
  options.max_len_ratio = 0.5f;
  const Alignment a = model_->translate("a small dog sees my old house !", options);
  EXPECT_LE(a.rows(), static_cast<Eigen::Index>(std::floor(0.5f * 9)) + 10);
}

TEST_P(PytorchParityTest, beamOfWidthOneIsGreedySearch) {
  for (const json& c : cases("greedy")) {
    const Alignment g = greedy(c), b = beam(c, 1);
    EXPECT_EQ(b.target_tokens, g.target_tokens);
    EXPECT_TRUE(b.primary().weights.isApprox(g.primary().weights));
    EXPECT_DOUBLE_EQ(b.logprob, g.logprob);
  }
}

TEST_P(PytorchParityTest, wideBeamScoresAtLeastAsWellAsGreedyUnderItsLengthNormalisedScore) {
  for (const json& c : cases("greedy")) {
    const Alignment g = greedy(c), b = beam(c, 4);
    const float alpha = DecodeOptions{}.length_penalty;
    EXPECT_GE(length_normalised_score(b.logprob, b.rows(), alpha),
              length_normalised_score(g.logprob, g.rows(), alpha) - 1e-9) << c["sentence"];
    EXPECT_EQ(b.mode, DecodeMode::Beam);
    EXPECT_EQ(b.beam_width, 4);
  }
}

TEST_P(PytorchParityTest, beamResultCarriesTheAttentionAndLogprobOfItsOwnHypothesis) {
  for (const json& c : cases("greedy")) {
    const Alignment b = beam(c, 4);
    std::vector<std::string> words(b.target_tokens.begin(), b.target_tokens.end() - 1);
    if (b.target_tokens.back() != "</s>") continue;
    const Alignment forced = model_->force(c["sentence"].get<std::string>(), join_tokens(words), {});
    ASSERT_EQ(forced.target_tokens, b.target_tokens);
    EXPECT_TRUE(forced.primary().weights.isApprox(b.primary().weights, 1e-5f));
    EXPECT_NEAR(forced.logprob, b.logprob, kLogprobTolerance);
  }
}

TEST_P(PytorchParityTest, forcingTheGreedyOutputReproducesGreedyAttention) {
  for (const json& c : cases("greedy")) {
    const Alignment g = greedy(c);
    const bool ended = g.target_tokens.back() == "</s>";
    std::vector<std::string> words(g.target_tokens.begin(), g.target_tokens.end() - (ended ? 1 : 0));
    const Alignment forced = model_->force(c["sentence"].get<std::string>(), join_tokens(words), {});
    ASSERT_EQ(forced.rows(), static_cast<Eigen::Index>(words.size()) + 1);
    EXPECT_TRUE(forced.primary().weights.topRows(g.rows()).isApprox(g.primary().weights, 1e-5f));
    for (size_t t = 0; t < g.steps.size(); ++t) {
      EXPECT_FLOAT_EQ(forced.steps[t].probability, g.steps[t].probability);
    }
  }
}

const std::string kLocalFixtures[] = {"local_m_general", "local_m_additive", "local_p_dot", "local_p_additive",
                                      "local_p_cosine"};

std::string fixture_name(const testing::TestParamInfo<std::string>& info) { return info.param; }

INSTANTIATE_TEST_SUITE_P(AllScoreFunctions, PytorchParityTest,
                         testing::Values("dot", "scaled_dot", "general", "additive", "cosine"), fixture_name);
const std::string kHardFixtures[] = {"hard_dot", "hard_general", "hard_additive", "hard_cosine"};

INSTANTIATE_TEST_SUITE_P(LocalMechanisms, PytorchParityTest, testing::ValuesIn(kLocalFixtures), fixture_name);
INSTANTIATE_TEST_SUITE_P(HardMechanism, PytorchParityTest, testing::ValuesIn(kHardFixtures), fixture_name);

// The window itself, from the p_t the reference recorded for every step.
class LocalWindowParityTest : public PytorchParityTest {
 protected:
  Alignment run(const json& c) const {
    if (c["mode"] == "greedy") return greedy(c);
    return model_->force(c["sentence"].get<std::string>(), c["target"].get<std::string>(), {});
  }
};

// local-m's p_t is the step itself, held at </s> once the step passes it.
TEST_P(LocalWindowParityTest, attentionOutsideEachStepsWindowIsExactlyZero) {
  const int window = reference_["window"].get<int>();
  const bool monotonic = model_->info().mechanism == "local-m";
  EXPECT_EQ(model_->info().window, window);
  for (const json& c : reference_["cases"]) {
    const RowMatrix weights = run(c).primary().weights;
    const auto n = static_cast<int>(weights.cols());
    ASSERT_EQ(weights.rows(), static_cast<Eigen::Index>(c["positions"].size()));
    for (Eigen::Index t = 0; t < weights.rows(); ++t) {
      const double p = c["positions"][static_cast<size_t>(t)].get<double>();
      if (monotonic) {
        EXPECT_EQ(p, std::min(static_cast<int>(t), n - 1)) << c["sentence"] << " step " << t;
      }
      const int first = std::max(0, static_cast<int>(std::ceil(p - window)));
      const int last = std::min(n - 1, static_cast<int>(std::floor(p + window)));
      for (int i = 0; i < n; ++i) {
        if (i < first || i > last) {
          EXPECT_EQ(weights(t, i), 0.0f) << c["sentence"] << " step " << t << " position " << i;
        } else {
          EXPECT_GT(weights(t, i), 0.0f) << c["sentence"] << " step " << t << " position " << i;
        }
      }
    }
  }
}

// The result carries each step's p_t and D, which the heatmap draws as a
// band and `translate --format json` writes as "positions" and "window".
TEST_P(LocalWindowParityTest, theResultCarriesEveryStepsWindowCentreAndWidth) {
  for (const json& c : reference_["cases"]) {
    const AttentionMap headline = run(c).primary();
    EXPECT_EQ(headline.window, reference_["window"].get<int>());
    ASSERT_EQ(headline.window_centres.size(), c["positions"].size()) << c["sentence"];
    for (size_t t = 0; t < headline.window_centres.size(); ++t) {
      EXPECT_NEAR(headline.window_centres[t], c["positions"][t].get<double>(), 1e-5) << c["sentence"] << " step " << t;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(LocalMechanisms, LocalWindowParityTest, testing::ValuesIn(kLocalFixtures), fixture_name);

// Hard attention: the headline is the policy's argmax as exactly one-hot
// rows, the second map is the policy itself, and the trainer's loss is the
// reference's marginal over positions.
class HardParityTest : public LocalWindowParityTest {};

const AttentionMap& policy_of(const Alignment& a) {
  EXPECT_EQ(a.maps.size(), 2u);
  return a.maps.back();
}

TEST_P(HardParityTest, policyMapMatchesPytorchAndHeadlineIsExactlyItsArgmax) {
  EXPECT_EQ(model_->info().mechanism, "hard");
  for (const json& c : reference_["cases"]) {
    const Alignment a = run(c);
    const AttentionMap& policy = policy_of(a);
    EXPECT_EQ(policy.head, kPolicy);
    EXPECT_EQ(policy.name, "policy");
    expect_matrix_near(policy.weights, c["policy"], kWeightTolerance, c["sentence"].get<std::string>() + " policy");
    EXPECT_TRUE(policy.scores.isApprox(a.primary().scores)) << "both maps carry the energies";
    for (Eigen::Index t = 0; t < a.rows(); ++t) {
      Eigen::Index chosen = 0;
      policy.weights.row(t).maxCoeff(&chosen);
      for (Eigen::Index i = 0; i < a.cols(); ++i)
        EXPECT_EQ(a.primary().weights(t, i), i == chosen ? 1.0f : 0.0f) << c["sentence"] << " step " << t;
      EXPECT_NEAR(policy.weights.row(t).sum(), 1.0, 1e-5);
    }
  }
}

TEST_P(HardParityTest, trainersMarginalLossMatchesPytorch) {
  const Seq2SeqModelData data = read_seq2seq_file(fixture(GetParam() + ".safetensors"));
  for (const json& c : cases("forced")) {
    std::vector<int> source = c["src_ids"].get<std::vector<int>>(), target = c["tgt_ids"].get<std::vector<int>>();
    source.pop_back();  // make_batch adds </s> to both sides
    target.pop_back();
    const std::vector<IdPair> pairs = {{source, target}};
    const std::vector<int> order = {0};
    Seq2SeqGraph graph;
    const double loss = graph.forward(data.weights, data.config, make_batch(pairs, order)).loss;
    EXPECT_NEAR(loss, c["marginal_nll"].get<double>(), kLogprobTolerance * std::max(1.0, std::abs(loss)))
        << c["sentence"];
  }
}

INSTANTIATE_TEST_SUITE_P(HardMechanism, HardParityTest, testing::ValuesIn(kHardFixtures), fixture_name);

}  // namespace
}  // namespace attnviz
