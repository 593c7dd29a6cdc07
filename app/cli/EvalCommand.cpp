// attnviz-cli eval: how well a model translates and aligns one corpus split:
// exact match, corpus BLEU-4, AER against the gold alignments, and the mean
// entropy of its attention. With --input FILE: how well it translates
// sentences as people type them, from a file of English<TAB>French lines.
// A document classifier is scored on the document corpus instead
// (ClassifierEvaluation.h): accuracy and evidence hits. --heads adds what
// each head does over the split (evaluation/HeadRoles.h).
#include "ClassifierEvaluation.h"
#include "Commands.h"
#include "CorpusSource.h"

#include "classification/ClassifierCatalog.h"
#include "evaluation/Evaluator.h"
#include "evaluation/HeadRoles.h"
#include "evaluation/TypedEvaluation.h"
#include "model/ModelCatalog.h"
#include "model/ModelFile.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

namespace attnviz::cli {
namespace {

struct EvalOptions {
  std::string model;
  std::string split = "test";
  std::string corpus;  // a folder from `attnviz-cli corpus`; empty = the default corpus
  std::string format = "text";
  std::string input;   // English<TAB>French lines instead of a corpus split
  bool heads = false;  // add each head's roles over the split
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

// A share is null where its test never applied (previous/self/next on a
// cross-attention head).
nlohmann::json share_json(const RowShare& share) {
  return share.rows == 0 ? nlohmann::json(nullptr) : nlohmann::json(share.share());
}

nlohmann::json heads_json(const std::vector<HeadRoles>& heads) {
  nlohmann::json all = nlohmann::json::array();
  for (const HeadRoles& head : heads)
    all.push_back({{"kind", to_string(head.kind)},
                   {"layer", head.layer},
                   {"head", head.head},
                   {"previous", share_json(head.tally.previous)},
                   {"self", share_json(head.tally.self)},
                   {"next", share_json(head.tally.next)},
                   {"end_of_sentence", share_json(head.tally.end_of_sentence)},
                   {"aer", head.aer ? nlohmann::json(*head.aer) : nlohmann::json(nullptr)},
                   {"role", head.role}});
  return all;
}

void print_json(const std::string& model, const std::string& split, const EvaluationResult& r,
                const std::optional<std::vector<HeadRoles>>& heads) {
  nlohmann::json object{{"model", model}, {"split", split}, {"sentences", r.sentences}, {"exact_match", r.exact_match},
                        {"bleu", r.bleu},   {"aer", r.aer},     {"entropy", r.entropy}};
  if (heads) object["heads"] = heads_json(*heads);
  std::cout << object << '\n';
}

std::string share_text(const RowShare& share) {
  if (share.rows == 0) return "-";
  std::ostringstream out;
  out << std::fixed << std::setprecision(1) << 100.0 * share.share() << '%';
  return out.str();
}

void print_heads_text(const std::vector<HeadRoles>& heads) {
  std::cout << "\n  each head: the share of rows whose largest weight is on the previous, the same, the next\n"
               "  position (self-attention) or on </s>, its AER (cross-attention) and the role they support\n";
  std::cout << "  " << std::left << std::setw(26) << "head" << std::right << std::setw(9) << "previous" << std::setw(8)
            << "self" << std::setw(8) << "next" << std::setw(8) << "</s>" << std::setw(9) << "AER" << "  role\n";
  for (const HeadRoles& head : heads) {
    std::ostringstream name, aer;
    name << to_string(head.kind) << " L" << head.layer << " H" << head.head;
    if (head.aer) aer << std::fixed << std::setprecision(4) << *head.aer;
    else aer << '-';
    std::cout << "  " << std::left << std::setw(26) << name.str() << std::right << std::setw(9)
              << share_text(head.tally.previous) << std::setw(8) << share_text(head.tally.self) << std::setw(8)
              << share_text(head.tally.next) << std::setw(8) << share_text(head.tally.end_of_sentence) << std::setw(9)
              << aer.str() << "  " << (head.role.empty() ? "-" : head.role) << '\n';
  }
}

void print_typed_text(const std::string& model, const std::string& input, const TypedEvaluationResult& r) {
  char line[512];
  std::snprintf(line, sizeof line,
                "%s on %s (%d pairs)\n  exact match                      %.2f%%\n"
                "  same without capital and period  %.2f%%\n",
                model.c_str(), input.c_str(), r.pairs, 100.0 * r.exact_match,
                100.0 * r.same_without_capital_and_period);
  std::cout << line;
  if (!r.failures.empty()) std::cout << "\nnot exact (" << r.failures.size() << "):\n";
  for (const TypedFailure& failure : r.failures)
    std::cout << "  " << failure.source << "\n    reference: " << failure.reference
              << "\n    output:    " << failure.output << '\n';
}

void print_typed_json(const std::string& model, const std::string& input, const TypedEvaluationResult& r) {
  nlohmann::json failures = nlohmann::json::array();
  for (const TypedFailure& failure : r.failures)
    failures.push_back({{"source", failure.source}, {"reference", failure.reference}, {"output", failure.output}});
  const nlohmann::json object{{"model", model},
                              {"input", input},
                              {"pairs", r.pairs},
                              {"exact_match", r.exact_match},
                              {"same_without_capital_and_period", r.same_without_capital_and_period},
                              {"failures", failures}};
  std::cout << object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

// A missing or malformed file is an I/O error (exit code 4), named by
// file and line.
void evaluate_typed_file(const EvalOptions& options) {
  std::ifstream in(options.input);
  if (!in) throw std::runtime_error("cannot read " + options.input + ": no such readable file");
  const std::vector<TypedPair> pairs = read_typed_pairs(in, options.input);
  const std::unique_ptr<AttentionModel> model = load_model(resolve_model(options.model));
  const TypedEvaluationResult result = evaluate_typed(*model, pairs);
  if (options.format == "json") print_typed_json(options.model, options.input, result);
  else print_typed_text(options.model, options.input, result);
}

void evaluate(const EvalOptions& options) {
  if (!options.input.empty()) return evaluate_typed_file(options);
  if (const auto classifier = find_classifier(options.model)) {
    if (options.heads) throw UsageError("--heads applies to translation models; " + options.model + " is a document classifier");
    return evaluate_classifier_split({*classifier, options.model, options.split, options.corpus, options.format});
  }
  const std::unique_ptr<AttentionModel> model = load_model(resolve_model(options.model));
  const CorpusSource source = load_corpus(options.corpus);
  const std::vector<SentencePair>& pairs = source.corpus.split(options.split);
  const EvaluationResult result = Evaluator(*model).evaluate(pairs);
  std::optional<std::vector<HeadRoles>> heads;
  if (options.heads) heads = head_roles(*model, pairs);
  if (options.format == "json") return print_json(options.model, options.split, result, heads);
  print_text(options.model, options.split, result);
  if (heads) print_heads_text(*heads);
}

}  // namespace

void add_eval_command(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand("eval", "Score a model on a corpus split: exact match, BLEU, AER, entropy (a classifier: accuracy, evidence hits)");
  command->add_option("--model", options->model, "A model file or shipped model name")->required();
  CLI::Option* split = command->add_option("--split", options->split, "Which split")
      ->capture_default_str()->check(CLI::IsMember({"test", "long", "longer", "novel", "valid", "train"}));
  CLI::Option* corpus = command->add_option("--corpus", options->corpus, "A folder written by 'attnviz-cli corpus' (default: generate the default corpus)")
      ->check(CLI::ExistingDirectory);
  command->add_option("--input", options->input,
                      "Score typed sentences instead of a split: a file of English<TAB>French lines (# comments)")
      ->excludes(split)->excludes(corpus);
  command->add_option("--format", options->format, "Output format")
      ->capture_default_str()->check(CLI::IsMember({"text", "json"}));
  command->add_flag("--heads", options->heads,
                    "Also what each head does over the split: rows on the previous/same/next position or </s>, AER, role")
      ->excludes("--input");
  command->callback([options] { evaluate(*options); });
}

}  // namespace attnviz::cli
