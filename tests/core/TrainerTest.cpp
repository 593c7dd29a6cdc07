// The training loop on tasks small enough to run in a test: learning,
// reproducibility, early stopping, gradient clipping and the pairs a
// Transformer cannot hold.

#include "training/GradientOps.h"
#include "training/Trainer.h"

#include <gtest/gtest.h>

#include <cstring>
#include <random>

namespace attnviz {
namespace {

constexpr int kVocab = 12;  // 4 specials + 8 symbols

// Random symbol strings of length 1..6, each translated to itself.
std::vector<IdPair> copy_task(int count, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> length(1, 6), symbol(4, kVocab - 1);
  std::vector<IdPair> pairs(count);
  for (IdPair& pair : pairs) {
    for (int n = length(rng); n > 0; --n) pair.source.push_back(symbol(rng));
    pair.target = pair.source;
  }
  return pairs;
}

ModelConfig small_config(ScoreFunction score) {
  ModelConfig config;
  config.score = score;
  config.embed = config.hidden = config.attn = 16;
  return config;
}

TrainingOptions quick_options() {
  TrainingOptions options;
  options.epochs = 30;
  options.learning_rate = 1e-2f;
  options.patience = 30;
  return options;
}

bool same_bits(Seq2SeqWeights a, Seq2SeqWeights b, const ModelConfig& config) {
  const auto x = tensors_of(a, config), y = tensors_of(b, config);
  for (size_t k = 0; k < x.size(); ++k)
    if (std::memcmp(x[k].data, y[k].data, sizeof(float) * x[k].size()) != 0) return false;
  return true;
}

TEST(Trainer, tinyModelLearnsToCopyEveryHeldOutSentence) {
  const ModelConfig config = small_config(ScoreFunction::Additive);
  TrainingOptions options = quick_options();
  options.epochs = 10;
  Trainer trainer(config, kVocab, kVocab, options);
  trainer.train(copy_task(3000, 1), copy_task(100, 2));
  const BatchStats test = trainer.evaluate(trainer.best_weights(), copy_task(200, 3));
  EXPECT_EQ(test.correct_sentences, test.sentences);
}

TEST(Trainer, sameSeedAndThreadCountGiveBitIdenticalWeights) {
  for (int threads : {1, 2}) {
    const ModelConfig config = small_config(ScoreFunction::General);
    TrainingOptions options = quick_options();
    options.epochs = 2;
    options.threads = threads;
    Trainer first(config, kVocab, kVocab, options), second(config, kVocab, kVocab, options);
    first.train(copy_task(200, 1), copy_task(50, 2));
    second.train(copy_task(200, 1), copy_task(50, 2));
    EXPECT_TRUE(same_bits(first.weights(), second.weights(), config)) << threads << " threads";
  }
}

TEST(Trainer, differentSeedsGiveDifferentWeights) {
  const ModelConfig config = small_config(ScoreFunction::Dot);
  TrainingOptions options = quick_options();
  options.epochs = 1;
  Trainer first(config, kVocab, kVocab, options);
  options.seed = 2;
  Trainer second(config, kVocab, kVocab, options);
  EXPECT_FALSE(same_bits(first.weights(), second.weights(), config));
}

// Valid targets that contradict training: the valid loss gets worse as the
// model learns, so training stops after `patience` epochs and keeps epoch 1.
TEST(Trainer, stopsEarlyAndKeepsTheBestEpochWhenValidLossRises) {
  const ModelConfig config = small_config(ScoreFunction::ScaledDot);
  std::vector<IdPair> valid = copy_task(100, 2);
  for (IdPair& pair : valid)
    for (int& id : pair.target) id = 4 + (id - 4 + 1) % (kVocab - 4);
  TrainingOptions options = quick_options();
  options.patience = 2;
  Trainer trainer(config, kVocab, kVocab, options);
  const std::vector<EpochReport> reports = trainer.train(copy_task(400, 1), valid);
  ASSERT_LT(reports.size(), static_cast<size_t>(options.epochs));
  EXPECT_FALSE(reports.back().improved);
  EXPECT_FALSE(reports[reports.size() - 2].improved);
  EXPECT_FLOAT_EQ(reports.back().learning_rate, reports.front().learning_rate * 0.5f);
  double best = reports.front().valid.mean_loss();
  for (const EpochReport& report : reports) best = std::min(best, report.valid.mean_loss());
  EXPECT_DOUBLE_EQ(trainer.evaluate(trainer.best_weights(), valid).mean_loss(), best);
}

TEST(Trainer, stopFlagEndsTrainingBeforeTheFirstEpochCompletes) {
  const ModelConfig config = small_config(ScoreFunction::Cosine);
  std::atomic<bool> stop = false;
  TrainingProgress progress;
  progress.on_batch = [&](int done, int, double) { stop = done == 3; };
  Trainer trainer(config, kVocab, kVocab, quick_options());
  EXPECT_TRUE(trainer.train(copy_task(400, 1), copy_task(50, 2), progress, &stop).empty());
  EXPECT_FALSE(trainer.has_best());
}

// A Transformer's positions end at max_positions: the trainer names the
// first pair past them, before training, and trains on pairs that just fit.
TEST(Trainer, aTransformerRefusesAPairLongerThanItsPositions) {
  TransformerConfig config;
  config.d_model = 8;
  config.heads = 2;
  config.ffn = 16;
  config.enc_layers = config.dec_layers = 1;
  config.max_positions = 7;  // six tokens and </s>
  TrainingOptions options = quick_options();
  options.epochs = 1;
  std::vector<IdPair> pairs = copy_task(20, 1);
  pairs[4].source.assign(6, 5);
  pairs[4].target.assign(6, 5);
  EXPECT_EQ(TransformerTrainer(config, kVocab, kVocab, options).train(pairs, pairs).size(), 1u);
  pairs[4].target.push_back(6);
  try {
    TransformerTrainer(config, kVocab, kVocab, options).train(copy_task(20, 1), pairs);
    FAIL() << "a pair of 8 positions was accepted";
  } catch (const std::invalid_argument& error) {
    EXPECT_STREQ(error.what(),
                 "validation pair 5 needs 8 positions (with </s> or <s>), more than the Transformer's max_positions 7");
  }
}

TEST(GradientClipping, scalesALargeGradientDownToTheLimitAndLeavesASmallOneAlone) {
  const ModelConfig config = small_config(ScoreFunction::Additive);
  Seq2SeqWeights grad = make_weights(config, kVocab, kVocab);
  grad.out_bias.setConstant(3.0f);
  grad.attention_v.setConstant(-4.0f);
  const double before = global_norm(grad, config);
  EXPECT_DOUBLE_EQ(clip_global_norm(grad, config, 1.0), before);
  EXPECT_NEAR(global_norm(grad, config), 1.0, 1e-5);
  EXPECT_NEAR(grad.out_bias[0] / grad.attention_v[0], -0.75, 1e-6);
  clip_global_norm(grad, config, 2.0);
  EXPECT_NEAR(global_norm(grad, config), 1.0, 1e-5);
}

}  // namespace
}  // namespace attnviz
