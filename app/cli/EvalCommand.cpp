// attnviz-cli eval: how well a model translates and aligns one corpus split:
// exact match, corpus BLEU-4, AER against the gold alignments, and the mean
// entropy of its attention.
#include "Commands.h"
#include "CorpusSource.h"

#include "evaluation/Evaluator.h"
#include "model/ModelCatalog.h"
#include "model/ModelFile.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace attnviz::cli {
namespace {

struct EvalOptions {
  std::string model;
  std::string split = "test";
  std::string corpus;  // a folder from `attnviz-cli corpus`; empty = the default corpus
  std::string format = "text";
};

void print_text(const std::string& model, const std::string& split, const EvaluationResult& r) {
  char line[256];
  std::snprintf(line, sizeof line,
                "%s on %s (%d sentences)\n  exact match  %.2f%%\n  BLEU         %.2f\n"
                "  AER          %.4f\n  entropy      %.4f nats\n",
                model.c_str(), split.c_str(), r.sentences, 100.0 * r.exact_match, r.bleu, r.aer,
                r.entropy);
  std::cout << line;
}

void print_json(const std::string& model, const std::string& split, const EvaluationResult& r) {
  std::cout << nlohmann::json{{"model", model},        {"split", split},
                              {"sentences", r.sentences}, {"exact_match", r.exact_match},
                              {"bleu", r.bleu},        {"aer", r.aer},
                              {"entropy", r.entropy}}
            << '\n';
}

void evaluate(const EvalOptions& options) {
  const std::unique_ptr<AttentionModel> model = load_model(resolve_model(options.model));
  const CorpusSource source = load_corpus(options.corpus);
  const EvaluationResult result = Evaluator(*model).evaluate(source.corpus.split(options.split));
  if (options.format == "json") print_json(options.model, options.split, result);
  else print_text(options.model, options.split, result);
}

}  // namespace

void add_eval_command(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand("eval", "Score a model on a corpus split: exact match, BLEU, AER, entropy");
  command->add_option("--model", options->model, "A model file or shipped model name")->required();
  command->add_option("--split", options->split, "Which split")
      ->capture_default_str()->check(CLI::IsMember({"test", "long", "novel", "valid", "train"}));
  command->add_option("--corpus", options->corpus, "A folder written by 'attnviz-cli corpus' (default: generate the default corpus)")
      ->check(CLI::ExistingDirectory);
  command->add_option("--format", options->format, "Output format")
      ->capture_default_str()->check(CLI::IsMember({"text", "json"}));
  command->callback([options] { evaluate(*options); });
}

}  // namespace attnviz::cli
