// attnviz-cli info: what a model is, how it was trained, how well it did.
#include "Commands.h"
#include "ModelSelection.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace attnviz::cli {
namespace {

struct InfoOptions {
  std::vector<std::string> models;
  std::string format = "text";
};

nlohmann::json card_of(const ModelInfo& info) {
  if (info.card_json.empty()) return nullptr;
  return nlohmann::json::parse(info.card_json);
}

// window: D of a local mechanism, null for global (which has none).
nlohmann::json info_json(const AttentionModel& model) {
  const ModelInfo& info = model.info();
  return {{"name", info.name},          {"path", info.path},
          {"kind", info.kind},          {"score", info.score},
          {"mechanism", info.mechanism},
          {"window", info.window > 0 ? nlohmann::json(info.window) : nlohmann::json(nullptr)},
          {"src_lang", info.src_lang},  {"tgt_lang", info.tgt_lang},
          {"src_vocab", model.source_vocabulary().size()},
          {"tgt_vocab", model.target_vocabulary().size()},
          {"parameters", info.parameters}, {"sha256", info.sha256},
          {"card", card_of(info)}};
}

void print_text(const nlohmann::json& info) {
  for (const char* key : {"name", "path", "kind", "score", "mechanism", "window", "src_lang", "tgt_lang",
                          "src_vocab", "tgt_vocab", "parameters", "sha256"}) {
    const nlohmann::json& value = info[key];
    if (value.is_null()) continue;
    std::cout << std::string(12 - std::string(key).size(), ' ') << key << "  "
              << (value.is_string() ? value.get<std::string>() : value.dump()) << '\n';
  }
  std::cout << "        card  " << (info["card"].is_null() ? "(none)" : info["card"].dump(2)) << "\n\n";
}

void show_info(const InfoOptions& options) {
  for (const auto& model : load_models(options.models, DefaultModels::AllShipped)) {
    const nlohmann::json info = info_json(*model);
    if (options.format == "json") std::cout << info.dump() << '\n';
    else print_text(info);
  }
}

}  // namespace

void add_info_command(CLI::App& app) {
  auto options = std::make_shared<InfoOptions>();
  CLI::App* command = app.add_subcommand("info", "Show a model's configuration and card");
  add_model_option(*command, options->models, "A model file or shipped model name (default: every shipped model)");
  command->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"text", "json"}));
  command->callback([options] { show_info(*options); });
}

}  // namespace attnviz::cli
