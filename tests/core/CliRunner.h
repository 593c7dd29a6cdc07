#pragma once
// Runs the real attnviz-cli binary (ATTNVIZ_CLI_PATH) as a user would, and
// captures what it printed and how it exited.

#include <string>
#include <vector>

namespace attnviz::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// `stdin_text` is fed on standard input.
CliResult run_cli(const std::vector<std::string>& arguments, const std::string& stdin_text = "");

}  // namespace attnviz::testing
