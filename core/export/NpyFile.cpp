#include "export/NpyFile.h"

#include "export/ImportedMatrix.h"
#include "export/MatrixFileError.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <regex>

namespace attnviz {
namespace {

static_assert(std::endian::native == std::endian::little, ".npy data is written as little-endian");

constexpr std::string_view kMagic = "\x93NUMPY";
constexpr size_t kHeaderAlignment = 64;  // numpy >= 1.14 aligns data to 64 bytes

std::string header_dict(const RowMatrix& matrix) {
  return "{'descr': '<f4', 'fortran_order': False, 'shape': (" + std::to_string(matrix.rows()) +
         ", " + std::to_string(matrix.cols()) + "), }";
}

std::string padded_header(const RowMatrix& matrix) {
  std::string dict = header_dict(matrix);
  const size_t prefix = kMagic.size() + 2 + 2;  // magic, version, uint16 length
  const size_t unpadded = prefix + dict.size() + 1;
  dict.append((kHeaderAlignment - unpadded % kHeaderAlignment) % kHeaderAlignment, ' ');
  return dict + '\n';
}

struct NpyHeader {
  std::string descr;
  bool fortran_order = false;
  std::vector<long long> shape;
  size_t data_offset = 0;
};

uint32_t little_endian(std::string_view bytes, size_t offset, size_t width) {
  uint32_t value = 0;
  for (size_t i = 0; i < width; ++i)
    value |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[offset + i])) << (8 * i);
  return value;
}

std::string header_text(std::string_view bytes, NpyHeader& header, const std::string& file) {
  if (bytes.size() < 10 || bytes.substr(0, kMagic.size()) != kMagic)
    throw MatrixFileError(file, "not a .npy file (no \\x93NUMPY magic)");
  const int major = static_cast<unsigned char>(bytes[6]);
  if (major < 1 || major > 3)
    throw MatrixFileError(file, ".npy format version " + std::to_string(major) + " is not supported (1-3 are)");
  const size_t width = major == 1 ? 2 : 4;
  if (bytes.size() < 8 + width) throw MatrixFileError(file, "the .npy header is cut short");
  const size_t length = little_endian(bytes, 8, width);
  header.data_offset = 8 + width + length;
  if (header.data_offset > bytes.size()) throw MatrixFileError(file, "the .npy header is cut short");
  return std::string(bytes.substr(8 + width, length));
}

std::string match_of(const std::string& text, const char* pattern, const char* key, const std::string& file) {
  std::smatch match;
  if (!std::regex_search(text, match, std::regex(pattern)))
    throw MatrixFileError(file, std::string("the .npy header has no readable '") + key + "' entry");
  return match[1].str();
}

std::vector<long long> parse_shape(const std::string& text, const std::string& file) {
  std::vector<long long> shape;
  static const std::regex number(R"(\d+)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), number); it != std::sregex_iterator(); ++it) {
    if (it->length() > 9) throw MatrixFileError(file, "the .npy shape (" + text + ") is too large");
    shape.push_back(std::stoll(it->str()));
  }
  if (shape.size() != 2)
    throw MatrixFileError(file, "the array has shape (" + text + "); expected 2 dimensions [target, source]");
  return shape;
}

NpyHeader parse_header(std::string_view bytes, const std::string& file) {
  NpyHeader header;
  const std::string text = header_text(bytes, header, file);
  header.descr = match_of(text, R"('descr'\s*:\s*'([^']*)')", "descr", file);
  header.fortran_order = match_of(text, R"('fortran_order'\s*:\s*(True|False))", "fortran_order", file) == "True";
  header.shape = parse_shape(match_of(text, R"('shape'\s*:\s*\(([^)]*)\))", "shape", file), file);
  return header;
}

size_t element_size(const std::string& descr, const std::string& file) {
  if (descr == "<f4") return 4;
  if (descr == "<f8") return 8;
  throw MatrixFileError(file, "dtype '" + descr + "' is not supported; expected little-endian float32 ('<f4') or float64 ('<f8')");
}

template <typename T>
RowMatrix copy_elements(std::string_view data, long long rows, long long cols, bool fortran_order) {
  RowMatrix matrix(rows, cols);
  for (long long i = 0; i < rows * cols; ++i) {
    T value;
    std::memcpy(&value, data.data() + static_cast<size_t>(i) * sizeof(T), sizeof(T));
    const long long r = fortran_order ? i % rows : i / cols;
    const long long c = fortran_order ? i / rows : i % cols;
    matrix(r, c) = static_cast<float>(value);
  }
  return matrix;
}

}  // namespace

std::string to_npy(const RowMatrix& matrix) {
  const std::string header = padded_header(matrix);
  std::string bytes(kMagic);
  bytes += '\x01';
  bytes += '\x00';
  bytes += static_cast<char>(header.size() & 0xff);
  bytes += static_cast<char>(header.size() >> 8);
  bytes += header;
  bytes.append(reinterpret_cast<const char*>(matrix.data()), static_cast<size_t>(matrix.size()) * sizeof(float));
  return bytes;
}

RowMatrix parse_npy(std::string_view bytes, const std::string& file) {
  const NpyHeader header = parse_header(bytes, file);
  const size_t size = element_size(header.descr, file);
  const long long rows = header.shape[0], cols = header.shape[1];
  if (rows > kMaxMatrixSide || cols > kMaxMatrixSide)
    throw MatrixFileError(file, "shape (" + std::to_string(rows) + ", " + std::to_string(cols) +
                                    ") is larger than " + std::to_string(kMaxMatrixSide) + " on a side");
  const size_t expected = static_cast<size_t>(rows * cols) * size;
  const std::string_view data = bytes.substr(header.data_offset);
  if (data.size() != expected)
    throw MatrixFileError(file, "holds " + std::to_string(data.size()) + " data bytes; shape and dtype say " +
                                    std::to_string(expected));
  return size == 4 ? copy_elements<float>(data, rows, cols, header.fortran_order)
                   : copy_elements<double>(data, rows, cols, header.fortran_order);
}

}  // namespace attnviz
