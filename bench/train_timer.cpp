// Training throughput of our trainer for compare_pytorch: the same shapes
// bench/pytorch_train.py uses (random ids, every sentence of the batch the
// same length, so neither side pays for padding), timed over whole
// optimizer steps (forward, backward, clipping, Adam).
//
//   train_timer --score S [--batch 32] [--threads 2] [--source 12] [--target 12]
//               [--src-vocab 900] [--tgt-vocab 1600] [--steps 60]
// prints one JSON line: {"score", "threads", "batch", "tokens", "seconds", "tokens_per_second"}

#include "training/Trainer.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <string>

namespace {

using namespace attnviz;

std::map<std::string, std::string> parse_flags(int argc, char** argv) {
  std::map<std::string, std::string> flags = {
      {"--score", "additive"}, {"--batch", "32"},      {"--threads", "2"},       {"--source", "12"},
      {"--target", "12"},      {"--src-vocab", "900"}, {"--tgt-vocab", "1600"}, {"--steps", "60"}};
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!flags.contains(argv[i])) throw std::invalid_argument(std::string("unknown flag ") + argv[i]);
    flags[argv[i]] = argv[i + 1];
  }
  return flags;
}

int number(const std::map<std::string, std::string>& flags, const char* name) {
  return std::stoi(flags.at(name));
}

// One batch of random ids (no specials), every sentence of the given lengths.
std::vector<IdPair> random_batch(int batch, int source, int target, int src_vocab, int tgt_vocab) {
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<int> src_id(4, src_vocab - 1), tgt_id(4, tgt_vocab - 1);
  std::vector<IdPair> pairs(batch);
  for (IdPair& pair : pairs) {
    for (int i = 0; i < source; ++i) pair.source.push_back(src_id(rng));
    for (int t = 0; t < target; ++t) pair.target.push_back(tgt_id(rng));
  }
  return pairs;
}

}  // namespace

int main(int argc, char** argv) try {
  const auto flags = parse_flags(argc, argv);
  ModelConfig config;
  config.score = parse_score_function(flags.at("--score")).value();
  TrainingOptions options;
  options.batch_size = number(flags, "--batch");
  options.threads = number(flags, "--threads");
  options.epochs = number(flags, "--steps");
  const auto pairs = random_batch(options.batch_size, number(flags, "--source") - 1,
                                  number(flags, "--target") - 1, number(flags, "--src-vocab"),
                                  number(flags, "--tgt-vocab"));
  options.patience = options.epochs + 1;
  Trainer trainer(config, number(flags, "--src-vocab"), number(flags, "--tgt-vocab"), options);
  // One batch is the whole training set, so each "epoch" is one optimizer step.
  trainer.train(pairs, {}, {});  // warm-up: first touch of every buffer
  const auto start = std::chrono::steady_clock::now();
  const auto reports = trainer.train(pairs, {}, {});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  long long tokens = 0;
  for (const EpochReport& report : reports) tokens += report.train.tokens;
  std::cout << nlohmann::json{{"score", flags.at("--score")}, {"threads", options.threads},
                              {"batch", options.batch_size}, {"tokens", tokens},
                              {"seconds", seconds}, {"tokens_per_second", tokens / seconds}}
            << "\n";
  return 0;
} catch (const std::exception& error) {
  std::cerr << "train_timer: " << error.what() << "\n";
  return 2;
}
