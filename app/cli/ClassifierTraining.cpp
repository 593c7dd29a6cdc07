#include "ClassifierTraining.h"

#include "DocumentSource.h"
#include "TrainingDisplay.h"

#include "classification/HanModel.h"
#include "corpus/DocumentClasses.h"
#include "evaluation/ClassificationEvaluation.h"
#include "training/DocumentExamples.h"
#include "training/Trainer.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <iostream>

namespace attnviz::cli {
namespace {

double rounded(double value) { return std::round(value * 1e4) / 1e4; }

long long parameter_count(const HanConfig& config, long long vocab, long long classes) {
  long long count = 0;
  for (const auto& entry : expected_tensors(config, vocab, classes)) {
    long long size = 1;
    for (long long dimension : entry.second) size *= dimension;
    count += size;
  }
  return count;
}

nlohmann::json training_card(const ClassifierTrainOptions& options, const DocumentSource& source,
                             const HanModelData& data, const std::vector<EpochReport>& epochs, double seconds) {
  nlohmann::json card = {{"trained_with", "attnviz-cli train --family han"},
                         {"family", "han"},
                         {"corpus", source.label},
                         {"train_documents", source.corpus.train.size()},
                         {"valid_documents", source.corpus.valid.size()},
                         {"embed", data.config.embed},
                         {"word_hidden", data.config.word_hidden},
                         {"sentence_hidden", data.config.sentence_hidden},
                         {"vocab", data.vocab.size()},
                         {"parameters", parameter_count(data.config, data.vocab.size(), static_cast<long long>(data.classes.size()))},
                         {"seed", options.training.seed},
                         {"batch", options.training.batch_size},
                         {"threads", options.training.threads},
                         {"learning_rate", std::round(options.training.learning_rate * 1e6) / 1e6},
                         {"epochs", epochs.size()},
                         {"training_seconds", std::round(seconds * 10) / 10}};
  for (const EpochReport& report : epochs) {
    if (!report.improved) continue;
    card["best_epoch"] = report.epoch;
    card["valid_loss"] = rounded(report.valid.mean_loss());
    card["valid_accuracy"] = rounded(report.valid.sentence_accuracy());
  }
  return card;
}

void add_scores(nlohmann::json& card, const std::string& split, const ClassificationScores& scores) {
  card[split + "_documents"] = scores.documents;
  card[split + "_accuracy"] = rounded(scores.accuracy);
  card[split + "_evidence_sentence_hit"] = rounded(scores.evidence_sentence_hit);
  card[split + "_evidence_word_hit"] = rounded(scores.evidence_word_hit);
}

void write_model(const std::string& path, HanModelData& data, const HanWeights& weights, const nlohmann::json& card) {
  data.weights = weights;
  data.card_json = card.dump();
  write_han_file(path, data);
}

std::vector<std::string> class_names() {
  std::vector<std::string> names;
  for (const DocumentClass& c : document_classes()) names.push_back(c.name);
  return names;
}

}  // namespace

void train_classifier(const ClassifierTrainOptions& options) {
  const DocumentSource source = load_documents(options.corpus, true);
  HanModelData data{options.config, build_document_vocabulary(source.corpus.train), class_names(), {}, ""};
  HanTrainer trainer(data.config, data.vocab.size(), static_cast<long long>(data.classes.size()), options.training);
  std::vector<EpochReport> epochs;
  TrainingDisplay display(options.training.epochs);
  TrainingProgress progress = display.callbacks();
  const auto show_epoch = progress.on_epoch;
  const auto start = std::chrono::steady_clock::now();
  const auto seconds = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  progress.on_epoch = [&](const EpochReport& report) {
    show_epoch(report);
    epochs.push_back(report);
    if (report.improved)
      write_model(options.out, data, trainer.best_weights(), training_card(options, source, data, epochs, seconds()));
  };
  trainer.train(to_document_ids(source.corpus.train, data.vocab), to_document_ids(source.corpus.valid, data.vocab),
                progress);
  nlohmann::json card = training_card(options, source, data, epochs, seconds());
  data.weights = trainer.best_weights();
  const HanModel model(data);
  add_scores(card, "test", evaluate_classifier(model, source.corpus.test));
  add_scores(card, "longer", evaluate_classifier(model, source.corpus.longer));
  write_model(options.out, data, trainer.best_weights(), card);
  std::cout << "wrote " << options.out << ": " << card["epochs"] << " epochs in " << card["training_seconds"]
            << " s; test accuracy " << card["test_accuracy"] << ", evidence sentence hit "
            << card["test_evidence_sentence_hit"] << ", evidence word hit " << card["test_evidence_word_hit"]
            << "; longer accuracy " << card["longer_accuracy"] << '\n';
}

}  // namespace attnviz::cli
