#include "CliRunner.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

namespace attnviz::testing {
namespace {

std::string shell_quoted(const std::string& argument) {
  std::string quoted = "'";
  for (char c : argument) quoted += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

CliResult run_cli(const std::vector<std::string>& arguments, const std::string& stdin_text) {
  const std::filesystem::path folder = std::filesystem::temp_directory_path() /
                                       ("attnviz-cli-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "stdin", std::ios::binary) << stdin_text;
  std::string command = shell_quoted(ATTNVIZ_CLI_PATH);
  for (const std::string& argument : arguments) command += " " + shell_quoted(argument);
  command += " <" + shell_quoted((folder / "stdin").string()) + " >" + shell_quoted((folder / "out").string()) +
             " 2>" + shell_quoted((folder / "err").string());
  const int status = std::system(command.c_str());
  CliResult result{WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status),
                   slurp(folder / "out"), slurp(folder / "err")};
  std::filesystem::remove_all(folder);
  return result;
}

}  // namespace attnviz::testing
