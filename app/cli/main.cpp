// attnviz-cli: translate with attention models, inspect them, and more.
#include "Commands.h"

#include "model/ModelFileError.h"

#include <iostream>

namespace {

enum ExitCode { kOk = 0, kUsage = 2, kModelRejected = 3, kOtherError = 4 };

int fail(ExitCode code, const std::string& message) {
  std::cerr << "attnviz-cli: " << message << '\n';
  return code;
}

// Help and version requests come as exceptions too, but are not failures.
int parse_error(CLI::App& app, const CLI::ParseError& error) {
  if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(error);
  return fail(kUsage, std::string(error.what()) + " (see --help)");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"attnviz-cli: see what an attention model attends to"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "attnviz-cli 0.1.0");
  attnviz::cli::add_translate_command(app);
  attnviz::cli::add_classify_command(app);
  attnviz::cli::add_info_command(app);
  attnviz::cli::add_list_models_command(app);
  attnviz::cli::add_corpus_command(app);
  attnviz::cli::add_train_command(app);
  attnviz::cli::add_eval_command(app);
  attnviz::cli::add_export_command(app);
  attnviz::cli::add_heads_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return parse_error(app, error);
  } catch (const attnviz::cli::UsageError& error) {
    return fail(kUsage, error.what());
  } catch (const attnviz::ModelFileError& error) {
    return fail(kModelRejected, error.what());
  } catch (const std::exception& error) {
    return fail(kOtherError, error.what());
  }
  return kOk;
}
