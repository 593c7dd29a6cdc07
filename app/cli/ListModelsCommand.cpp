// attnviz-cli list-models: the shipped models the other commands use by default.
#include "Commands.h"

#include "model/ModelCatalog.h"
#include "model/ModelFile.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <memory>

namespace attnviz::cli {
namespace {

nlohmann::json entry_of(const std::filesystem::path& path) {
  const std::unique_ptr<AttentionModel> model = load_model(path);
  const ModelInfo& info = model->info();
  // family: the kind of network ("seq2seq" for the GRU, "transformer"), as issue 13 names it.
  // mechanism: global, local-m, local-p or hard (MODEL_SPEC.md), beside the score it uses.
  return {{"name", info.name},         {"family", info.kind},        {"score", info.score},
          {"mechanism", info.mechanism},
          {"src_lang", info.src_lang}, {"tgt_lang", info.tgt_lang}, {"path", path.string()}};
}

void print_table(const nlohmann::json& entries) {
  if (entries.empty()) {
    std::cout << "No shipped models found. Train them with tools/train_all.sh.\n";
    return;
  }
  std::cout << std::left << std::setw(14) << "NAME" << std::setw(12) << "SCORE" << std::setw(11)
            << "MECHANISM" << std::setw(10) << "LANGUAGES" << "PATH\n";
  for (const nlohmann::json& entry : entries)
    std::cout << std::setw(14) << entry["name"].get<std::string>() << std::setw(12)
              << entry["score"].get<std::string>() << std::setw(11) << entry["mechanism"].get<std::string>()
              << std::setw(10)
              << (entry["src_lang"].get<std::string>() + "->" + entry["tgt_lang"].get<std::string>())
              << entry["path"].get<std::string>() << '\n';
}

void list_models(const std::string& format) {
  nlohmann::json entries = nlohmann::json::array();
  for (const std::filesystem::path& path : shipped_model_paths()) entries.push_back(entry_of(path));
  if (format == "json") std::cout << entries.dump() << '\n';
  else print_table(entries);
}

}  // namespace

void add_list_models_command(CLI::App& app) {
  auto format = std::make_shared<std::string>("text");
  CLI::App* command = app.add_subcommand("list-models", "List the shipped models");
  command->add_option("--format", *format, "Output format")->check(CLI::IsMember({"text", "json"}));
  command->callback([format] { list_models(*format); });
}

}  // namespace attnviz::cli
