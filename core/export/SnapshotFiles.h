#pragma once
// Training snapshots on disk (`attnviz-cli train --snapshots DIR`): one
// file per snapshot, "step-00000100.json", in the app's matrix JSON
// (AlignmentJson.h, so File > Open and `export --matrix` read it) with
// "step", "epoch", "batch", "batches", "loss" and "probe" added. The
// zero-padded step makes the names sort in training order.

#include "training/TrainingSnapshot.h"

#include <filesystem>
#include <string>

namespace attnviz {

std::string snapshot_file_name(long long step);
// One line of JSON, newline-terminated.
std::string snapshot_json(const TrainingSnapshot& snapshot);

// Creates `folder` when missing and proves a file can be written in it.
// Throws std::runtime_error "cannot write snapshots to <folder>: <reason>".
void prepare_snapshot_folder(const std::filesystem::path& folder);
// Writes atomically (AtomicFile.h); returns the file's path.
std::filesystem::path write_snapshot_file(const std::filesystem::path& folder, const TrainingSnapshot& snapshot);

}  // namespace attnviz
