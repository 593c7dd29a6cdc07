// attnviz-cli heads: which heads of a Transformer a sentence needs. Each
// head is switched off on its own (decoding/HeadImportance.h); the table
// lists the change in the log-probability of the model's own translation
// and the translation decoded without the head, the most needed head first.
#include "Commands.h"
#include "ModelSelection.h"

#include "decoding/HeadImportance.h"
#include "model/HeadMask.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <memory>

namespace attnviz::cli {
namespace {

struct HeadsOptions {
  std::vector<std::string> models;
  std::string format = "text";
  std::string sentence;
  int beam = 1;
};

std::string translation_note(const HeadEffect& effect) {
  if (!effect.translation_changed) return "(unchanged)";
  return effect.translation.empty() ? "(nothing: </s> at once)" : effect.translation;
}

void print_text(const ModelInfo& info, const Alignment& shown, const std::vector<HeadEffect>& effects) {
  std::cout << info.name << "  -> " << shown.translation << "  (logprob " << shown.logprob << ")\n";
  std::cout << std::left << std::setw(20) << "head" << std::right << std::setw(14) << "logprob change"
            << "  translation without the head\n";
  for (const HeadEffect& effect : effects)
    std::cout << std::left << std::setw(20) << to_string(effect.head) << std::right << std::setw(14)
              << std::fixed << std::setprecision(3) << effect.logprob_change << std::defaultfloat << "  "
              << translation_note(effect) << '\n';
  std::cout << '\n';
}

nlohmann::json effects_json(const ModelInfo& info, const Alignment& shown, const std::vector<HeadEffect>& effects) {
  nlohmann::json heads = nlohmann::json::array();
  for (const HeadEffect& effect : effects)
    heads.push_back({{"kind", to_string(effect.head.kind)},
                     {"layer", effect.head.layer},
                     {"head", effect.head.head},
                     {"logprob_change", effect.logprob_change},
                     {"translation", effect.translation},
                     {"translation_changed", effect.translation_changed}});
  return {{"model", info.name}, {"translation", shown.translation}, {"logprob", shown.logprob}, {"heads", heads}};
}

void rank(const HeadsOptions& options) {
  const auto models = load_models(options.models, DefaultModels::AllShipped);
  bool ranked_any = false;
  for (const std::unique_ptr<AttentionModel>& model : models) {
    if (model->info().kind != "transformer") continue;
    DecodeOptions decode;
    decode.beam_width = options.beam;
    const Alignment shown = model->translate(options.sentence, decode);
    const std::vector<HeadEffect> effects = rank_heads(*model, shown);
    if (options.format == "json") std::cout << effects_json(model->info(), shown, effects).dump() << '\n';
    else print_text(model->info(), shown, effects);
    ranked_any = true;
  }
  if (!ranked_any)
    throw UsageError("no Transformer among the models: only a Transformer has heads to switch off "
                     "(pass --model with a Transformer file or name)");
}

}  // namespace

void add_heads_command(CLI::App& app) {
  auto options = std::make_shared<HeadsOptions>();
  CLI::App* command =
      app.add_subcommand("heads", "Rank a Transformer's heads by how much the sentence needs each one");
  add_model_option(*command, options->models,
                   "A Transformer model file or shipped name; repeatable (default: every shipped Transformer)");
  command->add_option("--beam", options->beam, "Beam width (1 = greedy)")->check(CLI::Range(1, 64));
  command->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"text", "json"}));
  command->add_option("sentence", options->sentence, "The sentence")->required();
  command->callback([options] { rank(*options); });
}

}  // namespace attnviz::cli
