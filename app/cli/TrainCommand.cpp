// attnviz-cli train: trains one model (a GRU seq2seq, or with --family
// transformer a Transformer) on the corpus with our own trainer and writes
// it, with its card, as a .safetensors model file. --family han trains the
// document classifier instead (ClassifierTraining.h).
//
// The file at --out is rewritten (atomically) after every epoch that
// improves the valid loss, so Ctrl-C, or even a kill, leaves the best
// model so far and never a partial file. The first Ctrl-C stops training
// between two batches, then the best model is evaluated and written with
// its full card; a second Ctrl-C ends the program at once.
#include "ClassifierTraining.h"
#include "Commands.h"
#include "CorpusSource.h"
#include "TrainingCard.h"
#include "TrainingDisplay.h"

#include "evaluation/HeadAer.h"
#include "export/AtomicFile.h"
#include "export/SnapshotFiles.h"
#include "model/ModelFile.h"
#include "model/TransformerFile.h"
#include "tokens/Tokenizer.h"
#include "training/ProbeSnapshots.h"
#include "training/TrainingData.h"

#include <atomic>
#include <filesystem>
#include <csignal>
#include <iostream>
#include <cmath>
#include <memory>
#include <optional>
#include <thread>

namespace attnviz::cli {
namespace {

// A Transformer learned faster at Adam's 2e-3 after a linear warmup over
// 1,000 steps than at the GRU's 1e-3 with or without one (docs/models.md).
constexpr float kTransformerLearningRate = 2e-3f;
constexpr int kTransformerWarmupSteps = 1000;
// The classifier at 1e-3 and 32 documents a batch was still at chance
// after 3 epochs of 2,000 documents; at 3e-3 and 16 (tools/train_all.sh)
// it reached 97.8% on valid after 4 epochs of 8,000 (docs/models.md).
constexpr float kHanLearningRate = 3e-3f;

struct TrainCommandOptions {
  std::string family = "seq2seq";
  std::string score;     // required for seq2seq
  std::string mechanism = "global";
  std::string out;
  std::string corpus;    // a folder from `attnviz-cli corpus`; empty = the default corpus
  std::string from;      // a model file to train further; empty = start from fresh weights
  int train_pairs = 0;   // use only the first N training pairs; 0 = all
  ModelConfig config;
  TransformerConfig transformer;
  HanConfig han;
  std::optional<float> learning_rate;  // default: TrainingOptions' for seq2seq, kTransformerLearningRate
  std::optional<int> warmup_steps;     // default: 0 for seq2seq, kTransformerWarmupSteps for a Transformer
  TrainingOptions training;
  // --snapshots DIR --probe "SENTENCE": the probe's attention every
  // snapshot_every steps, as matrix JSON (export/SnapshotFiles.h).
  std::string snapshots;
  std::optional<std::string> probe;
  std::string probe_target;
  long long snapshot_every = 100;
};

std::atomic<bool> stop_requested = false;

extern "C" void request_stop(int) {
  stop_requested = true;
  std::signal(SIGINT, SIG_DFL);
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

template <class Config>
long long parameter_count(const Config& config, long long src_vocab, long long tgt_vocab) {
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

void write_model_file(const std::string& path, const Seq2SeqModelData& data) { write_seq2seq_file(path, data); }
void write_model_file(const std::string& path, const TransformerModelData& data) { write_transformer_file(path, data); }

template <class ModelData, class Weights>
void write_model(const std::string& path, ModelData& data, const Weights& weights, const nlohmann::json& card) {
  data.weights = weights;
  data.card_json = card.dump();
  write_model_file(path, data);
}

// A Transformer's headline map averages its last layer's heads; whether a
// single head aligns better is what its card adds (nothing for a GRU, whose
// one map is its headline).
void add_head_aers(nlohmann::json& card, const AttentionModel& model, const std::vector<SentencePair>& test) {
  const std::vector<HeadAer> heads = head_aers(model, test);
  if (heads.size() < 2) return;
  nlohmann::json all = nlohmann::json::array();
  for (const HeadAer& head : heads)
    all.push_back({{"layer", head.layer}, {"head", head.head}, {"aer", std::round(head.aer * 1e4) / 1e4}});
  const HeadAer& best = best_head(heads);
  card["test_head_aer"] = all;
  card["test_best_head"] = {{"layer", best.layer}, {"head", best.head}};
  card["test_best_head_aer"] = std::round(best.aer * 1e4) / 1e4;
}

void evaluate_into(nlohmann::json& card, const std::string& path, const Corpus& corpus) {
  const std::unique_ptr<AttentionModel> model = load_model(path);
  const Evaluator evaluator(*model);
  for (const char* split : {"test", "long", "longer", "novel"}) {
    std::cerr << "evaluating on " << split << " (" << corpus.split(split).size() << " sentences)\n";
    add_evaluation(card, split, evaluator.evaluate(corpus.split(split)));
  }
  add_head_aers(card, *model, corpus.test);
}

void print_summary(const std::string& path, const nlohmann::json& card) {
  std::cout << "wrote " << path << ": " << card["epochs"] << " epochs in "
            << card["training_seconds"] << " s; test exact match " << card["test_exact_match"]
            << ", BLEU " << card["test_bleu"] << ", AER " << card["test_aer"] << "; long "
            << card["long_exact_match"] << ", novel " << card["novel_exact_match"] << '\n';
}

// A local mechanism needs its D, and global and hard have none: say so before any
// corpus is generated rather than write a file the loader refuses.
void read_mechanism(TrainCommandOptions& options) {
  ModelConfig& config = options.config;
  config.mechanism = *parse_attention_mechanism(options.mechanism);
  if (config.is_local() && config.window == 0)
    throw UsageError("--mechanism " + options.mechanism + " needs --window D (D >= 1)");
  if (!config.is_local() && config.window != 0)
    throw UsageError("--window applies to --mechanism local-m or local-p only");
}

std::string probe_mode(const ProbeSentence& probe) {
  if (probe.target.empty()) return "not in the corpus: each snapshot shows the model's own greedy translation";
  return "forced onto \"" + probe.target + "\"";
}

// The probe is aligned once by the untrained model before training starts,
// so a sentence the model refuses (too long for a Transformer) stops the
// command before any work is lost.
template <class ModelData, class Weights>
std::optional<ProbeSnapshots<ModelData>> make_snapshots(const TrainCommandOptions& options, const Corpus& corpus,
                                                        const ModelData& data, const Weights& initial) {
  if (options.snapshots.empty()) return std::nullopt;
  const ProbeSentence probe = make_probe(*options.probe, options.probe_target, corpus);
  ModelInfo info;
  info.name = std::filesystem::path(options.out).stem().string();
  const std::filesystem::path folder = options.snapshots;
  std::optional<ProbeSnapshots<ModelData>> snapshots(
      std::in_place, data, info, probe, options.snapshot_every,
      [folder](const TrainingSnapshot& snapshot) { write_snapshot_file(folder, snapshot); });
  try {
    snapshots->check(initial);
  } catch (const std::length_error& error) {
    throw UsageError(std::string("--probe: ") + error.what());
  }
  std::cerr << "snapshots every " << options.snapshot_every << " steps to " << options.snapshots << "; probe "
            << probe_mode(probe) << '\n';
  return snapshots;
}

// The loop both families share: train, rewrite the file after every better
// epoch, then evaluate the best weights and write them with the full card.
template <class Family, class ModelData>
void train_and_write(const TrainCommandOptions& options, const CorpusSource& source,
                     const std::vector<SentencePair>& train_pairs, ModelData data) {
  const long long src_size = data.src_vocab.size(), tgt_size = data.tgt_vocab.size();
  BasicTrainer<Family> trainer(data.config, src_size, tgt_size, options.training);
  nlohmann::json earlier_card;
  if (!options.from.empty()) {
    trainer.start_from(data.weights);
    earlier_card = nlohmann::json::parse(data.card_json, nullptr, false);
    if (earlier_card.is_discarded()) earlier_card = data.card_json;  // kept as written: no card, or not JSON
  }
  auto snapshots = make_snapshots(options, source.corpus, data, trainer.weights());
  TrainingRun run{source.label, static_cast<long long>(train_pairs.size()),
                  static_cast<long long>(source.corpus.valid.size()), architecture_of(data.config),
                  src_size, tgt_size, parameter_count(data.config, src_size, tgt_size),
                  options.training, {}, 0, false, earlier_card};
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
  if (snapshots) progress.on_step = [&](const StepReport& step) { snapshots->observe(step, trainer.weights()); };
  stop_requested = false;
  std::signal(SIGINT, request_stop);
  trainer.train(to_ids(train_pairs, data.src_vocab, data.tgt_vocab),
                to_ids(source.corpus.valid, data.src_vocab, data.tgt_vocab), progress,
                &stop_requested);
  if (!trainer.has_best())
    throw std::runtime_error(options.from.empty()
                                 ? "stopped before the first epoch ended; nothing written to " + options.out
                                 : "no epoch improved on the valid loss of " + options.from + "; nothing written to " +
                                       options.out);
  run.interrupted = stop_requested;
  nlohmann::json card = training_card(run);
  evaluate_into(card, options.out, source.corpus);
  write_model(options.out, data, trainer.best_weights(), card);
  print_summary(options.out, card);
}

// Checked before any corpus is generated, like the family's options: an
// empty probe or a folder that cannot be written should not wait for one.
void check_snapshot_options(const TrainCommandOptions& options) {
  if (options.snapshots.empty()) {
    if (options.probe) throw UsageError("--probe needs --snapshots DIR (where to write the probe's attention)");
    if (!options.probe_target.empty()) throw UsageError("--probe-target needs --snapshots DIR and --probe");
    return;
  }
  if (options.family == "han") throw UsageError("--snapshots applies to --family seq2seq or transformer, not han");
  if (!options.probe) throw UsageError("--snapshots needs --probe \"SENTENCE\" (the sentence whose attention to record)");
  if (Tokenizer().tokenize(*options.probe).empty())
    throw UsageError("--probe is empty: give the sentence whose attention to record");
  try {
    prepare_snapshot_folder(options.snapshots);
  } catch (const std::runtime_error& error) {
    throw std::runtime_error(std::string("--snapshots: ") + error.what());
  }
}

// The learning rate and warmup the user gave, else the family's.
void use_family_defaults(TrainCommandOptions& options, bool transformer) {
  options.training.warmup_steps = options.warmup_steps.value_or(transformer ? kTransformerWarmupSteps : 0);
  options.training.learning_rate =
      options.learning_rate.value_or(transformer ? kTransformerLearningRate : TrainingOptions{}.learning_rate);
}

// Checked before any corpus is generated: a usage error should not wait for one.
void check_family_options(TrainCommandOptions& options) {
  const bool transformer = options.family == "transformer";
  use_family_defaults(options, transformer);
  if (transformer) {
    if (options.transformer.d_model % options.transformer.heads != 0)
      throw UsageError("--d-model " + std::to_string(options.transformer.d_model) + " is not divisible by --heads " +
                       std::to_string(options.transformer.heads));
    return;
  }
  if (options.score.empty()) throw UsageError("--score is required for --family seq2seq");
  options.config.score = *parse_score_function(options.score);
  read_mechanism(options);
}

// The classifier has its own corpus and sizes; --embed is shared with
// seq2seq, whose default (64) is not the classifier's.
void train_han(const TrainCommandOptions& options, const CLI::App& command) {
  ClassifierTrainOptions han{options.out, options.corpus, options.han, options.training};
  if (command.count("--embed") > 0) han.config.embed = options.config.embed;
  han.training.learning_rate = options.learning_rate.value_or(kHanLearningRate);
  han.training.warmup_steps = options.warmup_steps.value_or(0);
  train_classifier(han);
}

void train(TrainCommandOptions options) {
  check_family_options(options);
  check_snapshot_options(options);
  const CorpusSource source = load_corpus(options.corpus);
  const std::vector<SentencePair> train_pairs = training_split(source.corpus, options.train_pairs);
  Vocabulary src_vocab = build_vocabulary(train_pairs, Side::Source);
  Vocabulary tgt_vocab = build_vocabulary(train_pairs, Side::Target);
  if (options.family == "transformer")
    train_and_write<TransformerFamily>(options, source, train_pairs,
                                       TransformerModelData{options.transformer, std::move(src_vocab), std::move(tgt_vocab), {}, ""});
  else
    train_and_write<Seq2SeqFamily>(options, source, train_pairs,
                                   Seq2SeqModelData{options.config, std::move(src_vocab), std::move(tgt_vocab), {}, ""});
}

// --from FILE: the file's family, architecture, vocabularies and weights,
// trained further on a corpus whose vocabularies are the file's (a word
// the file does not know would have no embedding to train).
template <class Family, class ModelData>
void train_further(TrainCommandOptions& options, ModelData data) {
  const CorpusSource source = load_corpus(options.corpus);
  const std::vector<SentencePair> train_pairs = training_split(source.corpus, options.train_pairs);
  if (build_vocabulary(train_pairs, Side::Source).tokens() != data.src_vocab.tokens() ||
      build_vocabulary(train_pairs, Side::Target).tokens() != data.tgt_vocab.tokens())
    throw std::runtime_error("--from " + options.from + ": the corpus " + source.label +
                             " has other vocabularies than the model; give --corpus and --train-pairs as it was trained");
  train_and_write<Family>(options, source, train_pairs, std::move(data));
}

void train_from_file(TrainCommandOptions options) {
  check_snapshot_options(options);
  const bool transformer = load_model(options.from)->info().kind == "transformer";
  use_family_defaults(options, transformer);
  if (transformer) return train_further<TransformerFamily>(options, read_transformer_file(options.from));
  train_further<Seq2SeqFamily>(options, read_seq2seq_file(options.from));
}

// Minutes or hours of training must not end in "cannot write": the file is
// tried (an AtomicFile never committed leaves nothing) before the corpus.
void check_output_writable(const std::string& out) { AtomicFile probe(out); }

}  // namespace

void add_train_command(CLI::App& app) {
  auto options = std::make_shared<TrainCommandOptions>();
  TrainingOptions& t = options->training;
  t.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  ModelConfig& c = options->config;
  TransformerConfig& tc = options->transformer;
  CLI::App* command = app.add_subcommand("train", "Train a seq2seq or Transformer attention model on the corpus");
  CLI::Option* from = command->add_option(
      "--from", options->from,
      "Train further the model in this file (its architecture, vocabularies and weights) on the corpus it was trained on");
  from->check(CLI::ExistingFile);
  command->add_option("--family", options->family, "Model family")
      ->capture_default_str()->check(CLI::IsMember({"seq2seq", "transformer", "han"}));
  command->add_option("--score", options->score, "Score function (seq2seq; required)")
      ->check(CLI::IsMember({"dot", "scaled_dot", "general", "additive", "cosine"}));
  command->add_option("--mechanism", options->mechanism,
                      "Attention over every source word, a window (Luong et al. 2015) or one word (hard)")
      ->capture_default_str()->check(CLI::IsMember({"global", "local-m", "local-p", "hard"}));
  command->add_option("--window", c.window, "D of a local mechanism: attend to [p_t - D, p_t + D]")
      ->check(CLI::Range(1, kMaxWindow));
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
  command->add_option("--lr", options->learning_rate, "Adam's learning rate (default: 0.001 for seq2seq, 0.002 for a Transformer, 0.003 for han)")
      ->check(CLI::PositiveNumber);
  command->add_option("--decay", t.decay, "Learning-rate factor after an epoch without improvement")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  command->add_option("--patience", t.patience, "Stop after this many epochs without improvement")
      ->capture_default_str()->check(CLI::PositiveNumber);
  command->add_option("--clip", t.clip_norm, "Global gradient-norm limit (0 = none)")->capture_default_str()->check(CLI::NonNegativeNumber);
  command->add_option("--embed", c.embed, "Embedding size E")->capture_default_str()->check(CLI::Range(1, 1024));
  command->add_option("--hidden", c.hidden, "Encoder hidden size H per direction")->capture_default_str()->check(CLI::Range(1, 1024));
  command->add_option("--attn", c.attn, "Additive attention size A")->capture_default_str()->check(CLI::Range(1, 1024));
  command->add_option("--warmup", options->warmup_steps,
                      "Steps over which the learning rate rises linearly (default: 0 for seq2seq, " +
                          std::to_string(kTransformerWarmupSteps) + " for a Transformer)")
      ->check(CLI::NonNegativeNumber);
  command->add_option("--d-model", tc.d_model, "Transformer: model width d")->capture_default_str()->check(CLI::Range(1, 1024));
  command->add_option("--heads", tc.heads, "Transformer: attention heads per layer")->capture_default_str()->check(CLI::Range(1, 64));
  command->add_option("--ffn", tc.ffn, "Transformer: feed-forward width f")->capture_default_str()->check(CLI::Range(1, 8192));
  command->add_option("--enc-layers", tc.enc_layers, "Transformer: encoder layers")->capture_default_str()->check(CLI::Range(1, 24));
  command->add_option("--dec-layers", tc.dec_layers, "Transformer: decoder layers")->capture_default_str()->check(CLI::Range(1, 24));
  command->add_option("--word-hidden", options->han.word_hidden, "han: word GRU hidden size per direction")
      ->capture_default_str()->check(CLI::Range(1, 1024));
  command->add_option("--sentence-hidden", options->han.sentence_hidden, "han: sentence GRU hidden size per direction")
      ->capture_default_str()->check(CLI::Range(1, 1024));
  command->add_option("--snapshots", options->snapshots,
                      "Write the probe sentence's attention to this folder every --snapshot-every steps and at step 0");
  command->add_option("--probe", options->probe, "The sentence whose attention --snapshots records");
  command->add_option("--probe-target", options->probe_target,
                      "Force the probe onto this translation (default: the corpus's, else the model's own)");
  command->add_option("--snapshot-every", options->snapshot_every, "Steps between two snapshots")
      ->capture_default_str()->check(CLI::PositiveNumber);
  // The architecture is the file's: an option that would change it is refused with --from.
  for (const char* architecture : {"--family", "--score", "--mechanism", "--window", "--embed", "--hidden", "--attn",
                                   "--d-model", "--heads", "--ffn", "--enc-layers", "--dec-layers", "--word-hidden",
                                   "--sentence-hidden"})
    from->excludes(command->get_option(architecture));
  command->callback([options, command] {
    check_output_writable(options->out);
    if (!options->from.empty()) return train_from_file(*options);
    if (options->family == "han") {
      check_snapshot_options(*options);
      return train_han(*options, *command);
    }
    train(*options);
  });
}

}  // namespace attnviz::cli
