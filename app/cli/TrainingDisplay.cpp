#include "TrainingDisplay.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

#include <unistd.h>

namespace attnviz::cli {
namespace {

constexpr int kBarWidth = 30;
constexpr auto kRedrawInterval = std::chrono::milliseconds(200);

std::string minutes_seconds(double seconds) {
  const long total = std::lround(seconds);
  char text[32];
  std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
  return text;
}

std::string bar(int done, int total) {
  const int filled = kBarWidth * done / total;
  return "[" + std::string(filled, '#') + std::string(kBarWidth - filled, '.') + "]";
}

}  // namespace

TrainingDisplay::TrainingDisplay(int epochs)
    : epochs_(epochs),
      terminal_(isatty(STDERR_FILENO) != 0),
      epoch_start_(std::chrono::steady_clock::now()) {}

TrainingProgress TrainingDisplay::callbacks() {
  TrainingProgress progress;
  progress.on_batch = [this](int done, int total, double loss) { show_batch(done, total, loss); };
  progress.on_epoch = [this](const EpochReport& report) { show_epoch(report); };
  return progress;
}

void TrainingDisplay::show_batch(int done, int total, double loss) {
  const auto now = std::chrono::steady_clock::now();
  if (done == 1) epoch_start_ = now;
  if (!terminal_ || (now - last_draw_ < kRedrawInterval && done < total)) return;
  last_draw_ = now;
  const double elapsed = std::chrono::duration<double>(now - epoch_start_).count();
  const double eta = elapsed / done * (total - done);
  char line[160];
  std::snprintf(line, sizeof line, "\repoch %d/%d %s %3d%%  ETA %s  loss %.3f ", epoch_, epochs_,
                bar(done, total).c_str(), 100 * done / total, minutes_seconds(eta).c_str(), loss);
  std::cerr << line << std::flush;
}

void TrainingDisplay::show_epoch(const EpochReport& report) {
  char line[200];
  std::snprintf(line, sizeof line,
                "epoch %d/%d  loss %.4f  valid loss %.4f  valid exact %.1f%%  lr %.2g  %s%s",
                report.epoch, epochs_, report.train.mean_loss(), report.valid.mean_loss(),
                100.0 * report.valid.sentence_accuracy(), report.learning_rate,
                minutes_seconds(report.seconds).c_str(), report.improved ? "  (best)" : "");
  std::cerr << (terminal_ ? "\r\033[K" : "") << line << std::endl;
  epoch_ = report.epoch + 1;
}

}  // namespace attnviz::cli
