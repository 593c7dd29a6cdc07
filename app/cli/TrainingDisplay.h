#pragma once
// What `attnviz-cli train` shows while it works: on a terminal, a progress
// bar with ETA and loss redrawn in place; otherwise (a log file, CI) only
// one plain line per epoch.

#include "training/Trainer.h"

#include <chrono>

namespace attnviz::cli {

class TrainingDisplay {
 public:
  explicit TrainingDisplay(int epochs);
  // Callbacks for Trainer::train that draw on stderr.
  TrainingProgress callbacks();

 private:
  void show_batch(int done, int total, double loss);
  void show_epoch(const EpochReport& report);

  int epochs_;
  int epoch_ = 1;
  bool terminal_;
  std::chrono::steady_clock::time_point epoch_start_, last_draw_;
};

}  // namespace attnviz::cli
