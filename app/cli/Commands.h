#pragma once
// attnviz-cli: one subcommand per file, each adding itself to the CLI11 app.
// Failures leave the command as exceptions and become one line on stderr
// and an exit code in main.cpp:
//   UsageError -> 2, attnviz::ModelFileError -> 3, other errors -> 4.

#include <CLI/CLI.hpp>

#include <stdexcept>

namespace attnviz::cli {

// A combination of options that the parser cannot reject by itself.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void add_translate_command(CLI::App& app);
void add_classify_command(CLI::App& app);
void add_info_command(CLI::App& app);
void add_list_models_command(CLI::App& app);
void add_corpus_command(CLI::App& app);
void add_train_command(CLI::App& app);
void add_eval_command(CLI::App& app);
void add_export_command(CLI::App& app);
void add_heads_command(CLI::App& app);

}  // namespace attnviz::cli
