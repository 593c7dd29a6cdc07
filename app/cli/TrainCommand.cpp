// attnviz-cli train: trains one seq2seq model on the corpus with our own
// trainer and writes it, with its card, as a .safetensors model file.
//
// The file at --out is rewritten (atomically) after every epoch that
// improves the valid loss, so Ctrl-C, or even a kill, leaves the best
// model so far and never a partial file. The first Ctrl-C stops training
// between two batches, then the best model is evaluated and written with
// its full card; a second Ctrl-C ends the program at once.
#include "Commands.h"
#include "CorpusSource.h"
#include "TrainingCard.h"
#include "TrainingDisplay.h"

#include "model/ModelFile.h"
#include "training/TrainingData.h"

#include <atomic>
#include <csignal>
#include <iostream>
#include <memory>
#include <thread>

namespace attnviz::cli {
namespace {

struct TrainCommandOptions {
  std::string score = "additive";
  std::string out;
  std::string corpus;    // a folder from `attnviz-cli corpus`; empty = the default corpus
  int train_pairs = 0;   // use only the first N training pairs; 0 = all
  ModelConfig config;
  TrainingOptions training;
};

std::atomic<bool> stop_requested = false;

extern "C" void request_stop(int) {
  stop_requested = true;
  std::signal(SIGINT, SIG_DFL);
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

long long parameter_count(const ModelConfig& config, long long src_vocab, long long tgt_vocab) {
  long long count = 0;
  for (const auto& [name, shape] : expected_tensors(config, src_vocab, tgt_vocab)) {
    long long size = 1;
    for (long long dimension : shape) size *= dimension;
    count += size;
  }
  return count;
}

std::vector<SentencePair> training_split(const Corpus& corpus, int limit) {
  std::vector<SentencePair> train = corpus.train;
  if (limit > 0 && train.size() > static_cast<size_t>(limit)) train.resize(static_cast<size_t>(limit));
  return train;
}

void write_model(const std::string& path, Seq2SeqModelData& data, const Seq2SeqWeights& weights,
                 const nlohmann::json& card) {
  data.weights = weights;
  data.card_json = card.dump();
  write_seq2seq_file(path, data);
}

void evaluate_into(nlohmann::json& card, const std::string& path, const Corpus& corpus) {
  const std::unique_ptr<AttentionModel> model = load_model(path);
  const Evaluator evaluator(*model);
  for (const char* split : {"test", "long", "longer", "novel"}) {
    std::cerr << "evaluating on " << split << " (" << corpus.split(split).size() << " sentences)\n";
    add_evaluation(card, split, evaluator.evaluate(corpus.split(split)));
  }
}

void print_summary(const std::string& path, const nlohmann::json& card) {
  std::cout << "wrote " << path << ": " << card["epochs"] << " epochs in "
            << card["training_seconds"] << " s; test exact match " << card["test_exact_match"]
            << ", BLEU " << card["test_bleu"] << ", AER " << card["test_aer"] << "; long "
            << card["long_exact_match"] << ", novel " << card["novel_exact_match"] << '\n';
}

void train(TrainCommandOptions options) {
  options.config.score = *parse_score_function(options.score);
  const CorpusSource source = load_corpus(options.corpus);
  const std::vector<SentencePair> train_pairs = training_split(source.corpus, options.train_pairs);
  Seq2SeqModelData data{options.config, build_vocabulary(train_pairs, Side::Source),
                        build_vocabulary(train_pairs, Side::Target), {}, ""};
  Trainer trainer(options.config, data.src_vocab.size(), data.tgt_vocab.size(), options.training);
  TrainingRun run{source.label, static_cast<long long>(train_pairs.size()),
                  static_cast<long long>(source.corpus.valid.size()), options.config,
                  data.src_vocab.size(), data.tgt_vocab.size(),
                  parameter_count(options.config, data.src_vocab.size(), data.tgt_vocab.size()),
                  options.training, {}, 0, false};
  TrainingDisplay display(options.training.epochs);
  TrainingProgress progress = display.callbacks();
  const auto show_epoch = progress.on_epoch;
  const auto start = std::chrono::steady_clock::now();
  progress.on_epoch = [&](const EpochReport& report) {
    show_epoch(report);
    run.epochs.push_back(report);
    run.seconds = seconds_since(start);
    if (report.improved) write_model(options.out, data, trainer.best_weights(), training_card(run));
  };
  stop_requested = false;
  std::signal(SIGINT, request_stop);
  trainer.train(to_ids(train_pairs, data.src_vocab, data.tgt_vocab),
                to_ids(source.corpus.valid, data.src_vocab, data.tgt_vocab), progress,
                &stop_requested);
  if (!trainer.has_best())
    throw std::runtime_error("stopped before the first epoch ended; nothing written to " + options.out);
  run.interrupted = stop_requested;
  nlohmann::json card = training_card(run);
  evaluate_into(card, options.out, source.corpus);
  write_model(options.out, data, trainer.best_weights(), card);
  print_summary(options.out, card);
}

}  // namespace

void add_train_command(CLI::App& app) {
  auto options = std::make_shared<TrainCommandOptions>();
  TrainingOptions& t = options->training;
  t.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  ModelConfig& c = options->config;
  CLI::App* command = app.add_subcommand("train", "Train a seq2seq attention model on the corpus");
  command->add_option("--score", options->score, "Score function")
      ->required()->check(CLI::IsMember({"dot", "scaled_dot", "general", "additive", "cosine"}));
  command->add_option("--out", options->out, "The model file to write (.safetensors)")->required();
  command->add_option("--corpus", options->corpus, "A folder written by 'attnviz-cli corpus' (default: generate the default corpus)")
      ->check(CLI::ExistingDirectory);
  command->add_option("--train-pairs", options->train_pairs, "Use only the first N training pairs (0 = all)")
      ->capture_default_str()->check(CLI::NonNegativeNumber);
  command->add_option("--epochs", t.epochs, "At most this many epochs")->capture_default_str()->check(CLI::PositiveNumber);
  command->add_option("--seed", t.seed, "Seed of the weights and the batch order")->capture_default_str();
  command->add_option("--batch", t.batch_size, "Sentences per mini-batch")->capture_default_str()->check(CLI::PositiveNumber);
  command->add_option("--threads", t.threads, "Threads per mini-batch (the result depends on it)")
      ->capture_default_str()->check(CLI::Range(1, 64));
  command->add_option("--lr", t.learning_rate, "Adam's learning rate")->capture_default_str()->check(CLI::PositiveNumber);
  command->add_option("--decay", t.decay, "Learning-rate factor after an epoch without improvement")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  command->add_option("--patience", t.patience, "Stop after this many epochs without improvement")
      ->capture_default_str()->check(CLI::PositiveNumber);
  command->add_option("--clip", t.clip_norm, "Global gradient-norm limit (0 = none)")->capture_default_str()->check(CLI::NonNegativeNumber);
  command->add_option("--embed", c.embed, "Embedding size E")->capture_default_str()->check(CLI::Range(1, 1024));
  command->add_option("--hidden", c.hidden, "Encoder hidden size H per direction")->capture_default_str()->check(CLI::Range(1, 1024));
  command->add_option("--attn", c.attn, "Additive attention size A")->capture_default_str()->check(CLI::Range(1, 1024));
  command->callback([options] { train(*options); });
}

}  // namespace attnviz::cli
