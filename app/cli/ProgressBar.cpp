#include "ProgressBar.h"

#include <string>

#include <unistd.h>

namespace attnviz::cli {
namespace {

constexpr int kBarWidth = 30;

std::string minutes_seconds(double seconds) {
  const long total = static_cast<long>(seconds + 0.5);
  const long s = total % 60;
  return std::to_string(total / 60) + (s < 10 ? ":0" : ":") + std::to_string(s);
}

}  // namespace

ProgressBar::ProgressBar(int total, std::FILE* out)
    : total_(total), out_(out), enabled_(total > 0 && ::isatty(::fileno(out)) == 1) {
  if (enabled_) draw();
}

ProgressBar::~ProgressBar() {
  if (enabled_) std::fputc('\n', out_);
}

void ProgressBar::advance() {
  ++done_;
  if (enabled_) draw();
}

void ProgressBar::draw() const {
  const int filled = done_ * kBarWidth / total_;
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const std::string eta = done_ == 0 ? "--:--" : minutes_seconds(elapsed / done_ * (total_ - done_));
  std::fprintf(out_, "\r[%s%s] %d/%d  ETA %s ", std::string(static_cast<size_t>(filled), '#').c_str(),
               std::string(static_cast<size_t>(kBarWidth - filled), '.').c_str(), done_, total_, eta.c_str());
  std::fflush(out_);
}

}  // namespace attnviz::cli
