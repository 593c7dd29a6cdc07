#include "export/SnapshotFiles.h"

#include "export/AlignmentJson.h"
#include "export/AtomicFile.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <cstdio>
#include <stdexcept>
#include <system_error>

namespace attnviz {
namespace {

std::runtime_error folder_error(const std::filesystem::path& folder, const std::string& reason) {
  return std::runtime_error("cannot write snapshots to " + folder.string() + ": " + reason);
}

// Eight digits sort every run shorter than 100 million steps.
constexpr int kStepDigits = 8;

}  // namespace

std::string snapshot_file_name(long long step) {
  char name[40];
  std::snprintf(name, sizeof name, "step-%0*lld.json", kStepDigits, step);
  return name;
}

std::string snapshot_json(const TrainingSnapshot& snapshot) {
  const nlohmann::json extra = {
      {"step", snapshot.step},
      {"epoch", snapshot.epoch},
      {"batch", snapshot.batch},
      {"batches", snapshot.batches},
      {"loss", std::isfinite(snapshot.loss) ? nlohmann::json(snapshot.loss) : nlohmann::json()},
      {"probe", snapshot.probe.alignment.mode == DecodeMode::Forced ? "forced" : "greedy"},
  };
  return alignment_json_line(snapshot.probe.alignment, snapshot.probe.model, extra);
}

void prepare_snapshot_folder(const std::filesystem::path& folder) {
  if (folder.empty()) throw folder_error(folder, "no folder given");
  std::error_code error;
  if (std::filesystem::exists(folder, error) && !std::filesystem::is_directory(folder, error))
    throw folder_error(folder, "it is a file, not a folder");
  std::filesystem::create_directories(folder, error);
  if (error) throw folder_error(folder, error.message());
  const std::filesystem::path test = folder / ".attnviz-write-test";
  std::ofstream out(test);
  if (!out) throw folder_error(folder, std::strerror(errno));
  out.close();
  std::filesystem::remove(test, error);
}

std::filesystem::path write_snapshot_file(const std::filesystem::path& folder, const TrainingSnapshot& snapshot) {
  const std::filesystem::path path = folder / snapshot_file_name(snapshot.step);
  write_file_atomically(path, snapshot_json(snapshot));
  return path;
}

}  // namespace attnviz
