#include "training/TrainingSession.h"

#include "corpus/Corpus.h"
#include "model/ModelFile.h"
#include "model/TransformerFile.h"
#include "tokens/Tokenizer.h"
#include "training/ProbeSnapshots.h"
#include "training/TrainingData.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace attnviz {
namespace {

// Validation measures each epoch; a twentieth of train keeps it a small
// share of the epoch's time while still averaging over many sentences.
CorpusOptions corpus_options(int train_pairs) {
  CorpusOptions options;
  options.train = train_pairs;
  options.valid = std::clamp(train_pairs / 20, 20, 2000);
  options.test = options.long_test = options.longer_test = options.novel = 0;
  return options;
}

void write_model_file(const std::filesystem::path& path, const Seq2SeqModelData& data) { write_seq2seq_file(path, data); }
void write_model_file(const std::filesystem::path& path, const TransformerModelData& data) {
  write_transformer_file(path, data);
}

// What a model card can say about an in-app run (no test splits are
// generated, so no test scores).
std::string card_of(const SessionOptions& options, const std::vector<EpochReport>& epochs) {
  nlohmann::json card = {{"trained_by", "attnviz app"},
                         {"family", options.family == ModelFamily::Transformer ? "transformer" : "seq2seq"},
                         {"train_pairs", options.train_pairs},
                         {"epochs", epochs.size()},
                         {"seed", options.training.seed},
                         {"probe", options.probe}};
  if (!epochs.empty()) {
    card["train_loss"] = epochs.back().train.mean_loss();
    card["valid_loss"] = epochs.back().valid.mean_loss();
    card["valid_exact_match"] = epochs.back().valid.sentence_accuracy();
  }
  return card.dump();
}

}  // namespace

TrainingSession::TrainingSession(SessionOptions options) : options_(std::move(options)) {
  if (options_.train_pairs < 1) throw std::invalid_argument("train on at least one sentence pair");
  if (options_.training.epochs < 1) throw std::invalid_argument("train for at least one epoch");
  if (options_.out.empty()) throw std::invalid_argument("no file to write the model to");
  if (Tokenizer().tokenize(options_.probe).empty()) throw std::invalid_argument("the probe sentence is empty");
  if (options_.snapshots_per_epoch < 1) throw std::invalid_argument("take at least one snapshot an epoch");
}

long long TrainingSession::snapshot_interval(long long batches) const {
  return std::max(1LL, batches / options_.snapshots_per_epoch);
}

SessionResult TrainingSession::run(const SessionCallbacks& callbacks, const std::atomic<bool>* stop) {
  const Corpus corpus = generate_corpus(corpus_options(options_.train_pairs));
  Vocabulary src = build_vocabulary(corpus.train, Side::Source);
  Vocabulary tgt = build_vocabulary(corpus.train, Side::Target);
  if (options_.family == ModelFamily::Transformer)
    return train<TransformerFamily>(corpus, TransformerModelData{options_.transformer, std::move(src), std::move(tgt), {}, ""},
                                    callbacks, stop);
  return train<Seq2SeqFamily>(corpus, Seq2SeqModelData{options_.seq2seq, std::move(src), std::move(tgt), {}, ""},
                              callbacks, stop);
}

template <class Family, class ModelData>
SessionResult TrainingSession::train(const Corpus& corpus, ModelData data, const SessionCallbacks& callbacks,
                                     const std::atomic<bool>* stop) {
  const long long batches = (options_.train_pairs + options_.training.batch_size - 1) / options_.training.batch_size;
  BasicTrainer<Family> trainer(data.config, data.src_vocab.size(), data.tgt_vocab.size(), options_.training);
  ModelInfo info;
  info.name = options_.out.stem().string();
  ProbeSnapshots<ModelData> snapshots(data, info, make_probe(options_.probe, options_.probe_target, corpus),
                                      snapshot_interval(batches), callbacks.on_snapshot);
  std::vector<EpochReport> epochs;
  SessionResult result;
  TrainingProgress progress;
  int epoch = 1;
  progress.on_step = [&](const StepReport& step) {
    epoch = step.epoch;
    snapshots.observe(step, trainer.weights());
  };
  progress.on_batch = [&](int done, int total, double loss) {
    if (callbacks.on_batch) callbacks.on_batch(epoch, done, total, loss);
  };
  progress.on_epoch = [&](const EpochReport& report) {
    epochs.push_back(report);
    data.weights = trainer.best_weights();
    data.card_json = card_of(options_, epochs);
    write_model_file(options_.out, data);
    result.written = true;
    result.epochs_finished = report.epoch;
    if (callbacks.on_epoch) callbacks.on_epoch(report);
  };
  trainer.train(to_ids(corpus.train, data.src_vocab, data.tgt_vocab),
                to_ids(corpus.valid, data.src_vocab, data.tgt_vocab), progress, stop);
  result.stopped = stop != nullptr && stop->load();
  return result;
}

}  // namespace attnviz
