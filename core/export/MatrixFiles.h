#pragma once
// Attention matrices to and from files, the format chosen by the extension:
// .csv (MatrixCsv.h), .json (AlignmentJson.h, AlignmentJsonReader.h) and
// .npy (NpyFile.h). Every file is written through AtomicFile, so a failed
// export leaves no partial file.
//
// A .npy file holds numbers only, so its token labels and provenance live
// in a side file "<stem>.tokens.json" ({"src_tokens", "tgt_tokens", "model",
// ...}): written next to every exported .npy, and read when opening one.
// A .npy of shape [heads, tgt, src], [layers, heads, tgt, src] or [layers,
// 1, heads, tgt, src] gives one cross-attention map per layer and head
// after the headline (ImportedMatrix.h); its tokens file is the same.

#include "export/ModelAlignment.h"

#include <filesystem>
#include <optional>
#include <string>

namespace attnviz {

enum class MatrixFormat { Csv, Json, Npy };

// By extension, ignoring case; nullopt for anything else.
std::optional<MatrixFormat> matrix_format_of(const std::filesystem::path& path);
std::filesystem::path npy_labels_path(const std::filesystem::path& npy);

// Throws MatrixFileError for an unknown extension or more than one model in
// a .npy, std::runtime_error "cannot write <path>: <reason>" from AtomicFile.
void write_matrix_file(const std::filesystem::path& path, const ModelAlignments& alignments);

// `labels` overrides the .npy side file. Throws MatrixFileError naming the
// file and the problem.
ModelAlignments read_matrix_file(const std::filesystem::path& path,
                                 const std::filesystem::path& labels = {});

// A whole file as bytes; throws MatrixFileError when it cannot be read or
// is larger than `max_bytes`.
std::string read_file_bytes(const std::filesystem::path& path, size_t max_bytes = size_t{1} << 28);

}  // namespace attnviz
