// attnviz-cli translate: run models on sentences and print what they
// attended to, as a terminal heatmap, JSON lines or CSV blocks.
#include "Commands.h"
#include "ModelSelection.h"
#include "TerminalHeatmap.h"
#include "TranslationStyle.h"

#include "decoding/AttentionEdit.h"
#include "export/AlignmentJson.h"
#include "export/MatrixCsv.h"
#include "export/WhatIfJson.h"
#include "model/HeadMask.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>

namespace attnviz::cli {
namespace {

struct TranslateOptions {
  std::vector<std::string> models;
  int beam = 1;
  std::string force;       // a target to align with the sentence instead of decoding
  std::string format = "text";
  std::string input;       // a file with one sentence a line
  std::string sentence;
  bool print_weights = false;
  bool plain = false;      // no French space before ? ! ; : in the translation
  // What if (issue 16; docs/what-if.md).
  std::string prefix;             // forced first, then decoded freely
  std::vector<int> mask_source;   // source positions whose attention is forced to 0
  std::vector<std::string> pins;  // "STEP:SOURCE"
  std::vector<std::string> masked_heads;  // "KIND:LAYER:HEAD" (issue 13)
};

// "STEP:SOURCE", both counted from 0.
AttentionPin parse_pin(const std::string& text) {
  const size_t colon = text.find(':');
  try {
    size_t step_end = 0, source_end = 0;
    if (colon == std::string::npos) throw std::invalid_argument("no colon");
    const std::string step = text.substr(0, colon), source = text.substr(colon + 1);
    const AttentionPin pin{std::stoi(step, &step_end), std::stoi(source, &source_end)};
    if (step_end != step.size() || source_end != source.size() || pin.step < 0 || pin.source < 0)
      throw std::invalid_argument("not two counts");
    return pin;
  } catch (const std::exception&) {
    throw UsageError("--pin " + text + ": expected STEP:SOURCE, two counts from 0 (e.g. --pin 2:0)");
  }
}

// The engine names a request "mask I" or "pin S:J"; the user typed the options.
std::string as_options(const std::string& message) {
  if (message.rfind("mask ", 0) == 0) return "--mask-source " + message.substr(5);
  if (message.rfind("pin ", 0) == 0) return "--pin " + message.substr(4);
  return message;
}

DecodeOptions decode_options(const TranslateOptions& options) {
  DecodeOptions decode;
  decode.beam_width = options.beam;
  decode.target_prefix = options.prefix;
  decode.mask_source = options.mask_source;
  for (const std::string& pin : options.pins) decode.pins.push_back(parse_pin(pin));
  for (const std::string& head : options.masked_heads) {
    try {
      decode.masked_heads.push_back(parse_head_ref(head));
    } catch (const std::invalid_argument& error) {
      throw UsageError(std::string("--mask-head ") + error.what());
    }
  }
  decode.record_beam_tree = options.format == "json" && options.beam > 1;
  return decode;
}

// {"mask_source": [...], "pin": [[step, source], ...]}, plus "mask_head":
// ["cross:1:0", ...] when heads were switched off (a Transformer's only);
// null without any.
nlohmann::json interventions_json(const DecodeOptions& decode) {
  if (decode.mask_source.empty() && decode.pins.empty() && decode.masked_heads.empty()) return nullptr;
  nlohmann::json pins = nlohmann::json::array();
  for (const AttentionPin& pin : decode.pins) pins.push_back({pin.step, pin.source});
  nlohmann::json interventions = {{"mask_source", decode.mask_source}, {"pin", pins}};
  if (decode.masked_heads.empty()) return interventions;
  nlohmann::json heads = nlohmann::json::array();
  for (const HeadRef& head : decode.masked_heads) heads.push_back(to_string(head));
  interventions["mask_head"] = heads;
  return interventions;
}

// One sentence to run, with the target to force when there is one.
struct Request {
  std::string source;
  std::string target;
  bool forced = false;
};

// Lines of the --input file: "sentence" or "sentence<TAB>target to force".
std::vector<Request> read_requests(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path + ": no such readable file");
  std::vector<Request> requests;
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) requests.push_back({line, "", false});
    else requests.push_back({line.substr(0, tab), line.substr(tab + 1), true});
  }
  if (in.bad()) throw std::runtime_error("cannot read " + path + ": read error");
  return requests;
}

std::vector<Request> requests_of(const TranslateOptions& options) {
  if (options.input.empty() == options.sentence.empty())
    throw UsageError("give either a SENTENCE or --input FILE");
  if (!options.input.empty() && !options.force.empty())
    throw UsageError("--force goes with a SENTENCE; in an --input file write 'sentence<TAB>target'");
  if (!options.prefix.empty() && !options.force.empty())
    throw UsageError("--prefix and --force exclude each other: --force already gives the whole target");
  if (!options.prefix.empty() && !options.input.empty())
    throw UsageError("--prefix goes with a SENTENCE, not with --input");
  if (!options.input.empty()) return read_requests(options.input);
  return {{options.sentence, options.force, !options.force.empty()}};
}

Alignment run(const AttentionModel& model, const Request& request, const DecodeOptions& decode) {
  try {
    if (request.forced) return model.force(request.source, request.target, decode);
    return model.translate(request.source, decode);
  } catch (const SteeringError& error) {
    throw UsageError(as_options(error.what()));
  } catch (const std::invalid_argument& error) {  // a head the model does not have (HeadMask.h)
    throw UsageError(model.info().name + ": --mask-head: " + error.what());
  }
}

// The source token positions the model read as <unk>.
std::vector<int> unknown_positions(const Alignment& alignment) {
  std::vector<int> positions;
  for (size_t i = 0; i < alignment.source_unknown.size(); ++i)
    if (alignment.source_unknown[i]) positions.push_back(static_cast<int>(i));
  return positions;
}

void print_notes(const Alignment& alignment) {
  std::string unknown;
  for (int i : unknown_positions(alignment)) unknown += " " + alignment.source_tokens[static_cast<size_t>(i)];
  if (!unknown.empty()) std::cout << "unknown words (read as <unk>):" << unknown << '\n';
  if (alignment.source_tokens_dropped > 0)
    std::cout << "note: the input was cut to " << kMaxSourceTokens << " tokens ("
              << alignment.source_tokens_dropped << " dropped)\n";
}

void print_text(const ModelInfo& info, const Alignment& alignment, const TranslateOptions& options) {
  std::cout << info.name << "  (" << info.score << " score, " << to_string(alignment.mode);
  if (alignment.mode == DecodeMode::Beam) std::cout << " width " << alignment.beam_width;
  std::cout << ")  logprob " << alignment.logprob << '\n'
            << "-> " << alignment.translation << '\n';
  print_notes(alignment);
  const auto forced = std::count(alignment.target_forced.begin(), alignment.target_forced.end(), true);
  if (forced > 0) std::cout << "prefix: " << forced << " rows forced, the rest decoded from them\n";
  std::cout << '\n';
  print_heatmap(std::cout, alignment, {stdout_wants_colour(), options.print_weights, 80});
  std::cout << '\n';
}

void print_json(const ModelAlignments& results, const nlohmann::json& interventions) {
  for (const ModelAlignment& result : results) {
    nlohmann::json extra = {{"unknown", unknown_positions(result.alignment)}};
    extra.update(what_if_json(result.alignment));
    if (!interventions.is_null()) extra["interventions"] = interventions;
    std::cout << alignment_json_line(result.alignment, result.model, extra);
  }
}

void print_csv(const ModelAlignments& results, bool first_sentence) {
  if (!first_sentence) std::cout << '\n';
  std::cout << to_matrix_csv(results);
}

void print(const ModelAlignments& results, const TranslateOptions& options, const DecodeOptions& decode,
           bool first_sentence) {
  if (options.format == "json") print_json(results, interventions_json(decode));
  else if (options.format == "csv") print_csv(results, first_sentence);
  else
    for (const ModelAlignment& result : results) print_text(result.model, result.alignment, options);
}

void translate(const TranslateOptions& options) {
  const std::vector<Request> requests = requests_of(options);
  const auto models = load_models(options.models, DefaultModels::AllShipped);
  const DecodeOptions decode = decode_options(options);
  for (size_t i = 0; i < requests.size(); ++i) {
    ModelAlignments results;
    for (const std::unique_ptr<AttentionModel>& model : models) {
      Alignment alignment = run(*model, requests[i], decode);
      if (options.plain) restyle_translation(alignment, kPlainStyle);
      results.push_back({model->info(), std::move(alignment)});
    }
    print(results, options, decode, i == 0);
  }
}

}  // namespace

void add_translate_command(CLI::App& app) {
  auto options = std::make_shared<TranslateOptions>();
  CLI::App* command = app.add_subcommand("translate", "Translate a sentence and show its alignment");
  add_model_option(*command, options->models,
                   "A model file or shipped model name; repeat to compare (default: every shipped model)");
  command->add_option("--beam", options->beam, "Beam width (1 = greedy)")->check(CLI::Range(1, 64));
  command->add_option("--force", options->force, "Align the sentence with this target instead of decoding");
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "csv"}));
  command->add_option("--input", options->input, "A file with one sentence a line (or sentence<TAB>target)");
  command->add_flag("--weights", options->print_weights, "Print the weights in the text heatmap");
  add_plain_flag(*command, options->plain);
  command->add_option("--prefix", options->prefix,
                      "Force this start of the translation (tokenized like --force), then decode the rest "
                      "freely (greedy or --beam)");
  command->add_option("--mask-source", options->mask_source,
                      "Force attention to source position I (0-based, </s> counted) to 0 at every step, "
                      "rows renormalised over the rest; repeatable. Transformer: in every decoder layer and head")
      ->allow_extra_args(false);
  command->add_option("--pin", options->pins,
                      "STEP:SOURCE: at decoding step STEP (0-based) attend only to source position SOURCE, "
                      "then decode on; repeatable. Transformer: in every decoder layer and head")
      ->allow_extra_args(false);
  command->add_option("--mask-head", options->masked_heads,
                      "KIND:LAYER:HEAD (e.g. cross:1:0; KIND cross, encoder_self or decoder_self): switch this "
                      "Transformer head off, its output zeroed before the layer's out_proj; repeatable")
      ->allow_extra_args(false);
  command->add_option("sentence", options->sentence, "The sentence to translate");
  command->callback([options] { translate(*options); });
}

}  // namespace attnviz::cli
