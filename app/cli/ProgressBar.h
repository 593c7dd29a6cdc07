#pragma once

#include <chrono>
#include <cstdio>

namespace attnviz::cli {

// "[#########...........]  12/40  ETA 0:07" on one terminal line, redrawn
// in place; silent when stderr is not a terminal (logs, pipes, tests).
class ProgressBar {
 public:
  explicit ProgressBar(int total, std::FILE* out = stderr);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void advance();

 private:
  void draw() const;

  int total_;
  int done_ = 0;
  std::FILE* out_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace attnviz::cli
