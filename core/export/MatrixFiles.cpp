#include "export/MatrixFiles.h"

#include "export/AlignmentJson.h"
#include "export/AlignmentJsonReader.h"
#include "export/AtomicFile.h"
#include "export/MatrixCsv.h"
#include "export/MatrixFileError.h"
#include "export/NpyFile.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace attnviz {
namespace {

std::string lower_extension(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

MatrixFormat format_or_throw(const std::filesystem::path& path) {
  if (const auto format = matrix_format_of(path)) return *format;
  throw MatrixFileError(path.string(), "unknown extension \"" + path.extension().string() +
                                           "\"; a matrix file is .csv, .json or .npy");
}

std::string labels_json(const ModelAlignment& item) {
  const nlohmann::json labels = alignment_labels_json(item.alignment, item.model);
  return labels.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

void write_npy(const std::filesystem::path& path, const ModelAlignments& alignments) {
  if (alignments.size() != 1)
    throw MatrixFileError(path.string(), "a .npy file holds one matrix, but " + std::to_string(alignments.size()) +
                                             " models were given; use .json or .csv for several");
  write_file_atomically(path, to_npy(alignments.front().alignment.primary().weights));
  write_file_atomically(npy_labels_path(path), labels_json(alignments.front()));
}

ModelAlignments read_npy(const std::filesystem::path& path, const std::filesystem::path& labels) {
  const std::filesystem::path labels_path = labels.empty() ? npy_labels_path(path) : labels;
  if (!std::filesystem::exists(labels_path))
    throw MatrixFileError(path.string(), "has no token labels: expected them in " + labels_path.string() +
                                             " as {\"src_tokens\": [...], \"tgt_tokens\": [...]}");
  ImportedMatrix matrix = parse_matrix_labels(read_file_bytes(labels_path), labels_path.string());
  const NpyArray array = parse_npy_array(read_file_bytes(path), path.string());
  if (array.heads == 0) {
    matrix.weights = array.matrix(0, 0);
  } else {
    const int layers = std::max(array.layers, 1);
    for (int layer = 0; layer < layers; ++layer)
      for (int head = 0; head < array.heads; ++head)
        matrix.heads.push_back(make_map(MapKind::Cross, layer, head, array.matrix(layer, head)));
  }
  if (matrix.model.name.empty()) matrix.model.name = path.stem().string();
  return {to_model_alignment(std::move(matrix), path.string())};
}

}  // namespace

std::optional<MatrixFormat> matrix_format_of(const std::filesystem::path& path) {
  const std::string extension = lower_extension(path);
  if (extension == ".csv") return MatrixFormat::Csv;
  if (extension == ".json") return MatrixFormat::Json;
  if (extension == ".npy") return MatrixFormat::Npy;
  return std::nullopt;
}

std::filesystem::path npy_labels_path(const std::filesystem::path& npy) {
  return npy.parent_path() / (npy.stem().string() + ".tokens.json");
}

void write_matrix_file(const std::filesystem::path& path, const ModelAlignments& alignments) {
  switch (format_or_throw(path)) {
    case MatrixFormat::Csv: return write_file_atomically(path, to_matrix_csv(alignments));
    case MatrixFormat::Json: return write_file_atomically(path, to_json_lines(alignments));
    case MatrixFormat::Npy: return write_npy(path, alignments);
  }
}

ModelAlignments read_matrix_file(const std::filesystem::path& path, const std::filesystem::path& labels) {
  switch (format_or_throw(path)) {
    case MatrixFormat::Csv: return parse_matrix_csv(read_file_bytes(path), path.string());
    case MatrixFormat::Json: return parse_alignment_json(read_file_bytes(path), path.string());
    case MatrixFormat::Npy: return read_npy(path, labels);
  }
  return {};
}

std::string read_file_bytes(const std::filesystem::path& path, size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw MatrixFileError(path.string(), std::string("cannot open: ") + std::strerror(errno));
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (error) throw MatrixFileError(path.string(), "cannot read its size: " + error.message());
  if (size > max_bytes)
    throw MatrixFileError(path.string(), "is " + std::to_string(size) + " bytes; at most " + std::to_string(max_bytes) + " are read");
  std::string bytes(size, '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) throw MatrixFileError(path.string(), "cannot be read to the end");
  return bytes;
}

}  // namespace attnviz
