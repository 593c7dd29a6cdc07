#include "export/NpyFile.h"

#include "export/ImportedMatrix.h"
#include "export/MatrixFileError.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <regex>

namespace attnviz {
namespace {

static_assert(std::endian::native == std::endian::little, ".npy data is written and read as little-endian");

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
  if (shape.size() < 2 || shape.size() > 5)
    throw MatrixFileError(file, "the array has shape (" + text + "); expected 2 to 5 dimensions: [target, source], "
                                "[heads, target, source], [layers, heads, target, source] or "
                                "[layers, 1, heads, target, source]");
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

struct Dtype {
  size_t size = 0;
  bool big_endian = false;
};

// '<f2', '>f4', '=f8' ('=' is the writer's native order; numpy writes '<'
// or '>' in practice, and '=' on the little-endian machines it runs on).
Dtype dtype_of(const std::string& descr, const std::string& file) {
  static const std::regex pattern(R"(([<>=])f([248]))");
  std::smatch match;
  if (!std::regex_match(descr, match, pattern))
    throw MatrixFileError(file, "dtype '" + descr + "' is not supported; expected float16, float32 or float64 "
                                "in either byte order ('<f2', '<f4', '<f8', '>f2', '>f4', '>f8')");
  return {static_cast<size_t>(match[2].str()[0] - '0'), match[1].str() == ">"};
}

std::string shape_text(const std::vector<long long>& shape) {
  std::string text;
  for (size_t i = 0; i < shape.size(); ++i) text += (i ? ", " : "") + std::to_string(shape[i]);
  return text;
}

// A 5-D array is Hugging Face's output_attentions stacked with the batch
// axis kept: [layers, batch, heads, target, source]; one sentence is read.
std::vector<long long> without_batch_axis(std::vector<long long> shape, const std::string& file) {
  if (shape.size() != 5) return shape;
  if (shape[1] != 1)
    throw MatrixFileError(file, "the array has shape (" + shape_text(shape) + "): a batch of " +
                                    std::to_string(shape[1]) + " sentences on axis 1 of [layers, batch, heads, "
                                    "target, source]; only batch 1 is read, so save one sentence (e.g. a[:, i:i+1])");
  shape.erase(shape.begin() + 1);
  return shape;
}

void check_sizes(const std::vector<long long>& shape, const std::string& file) {
  const long long rows = shape[shape.size() - 2], cols = shape.back();
  if (rows > kMaxMatrixSide || cols > kMaxMatrixSide)
    throw MatrixFileError(file, "shape (" + shape_text(shape) + ") is larger than " +
                                    std::to_string(kMaxMatrixSide) + " on a side");
  long long maps = 1;
  for (size_t i = 0; i + 2 < shape.size(); ++i) {
    if (shape[i] == 0) throw MatrixFileError(file, "shape (" + shape_text(shape) + ") has no layers or heads");
    if (shape[i] > kMaxLayersOrHeads)
      throw MatrixFileError(file, "shape (" + shape_text(shape) + ") has more than " +
                                      std::to_string(kMaxLayersOrHeads) + " layers or heads");
    maps *= shape[i];
  }
  if (maps * rows * cols > kMaxNpyElements)
    throw MatrixFileError(file, "shape (" + shape_text(shape) + ") holds more than " +
                                    std::to_string(kMaxNpyElements) + " numbers");
}

float half_to_float(uint16_t half) {
  const uint32_t sign = static_cast<uint32_t>(half & 0x8000u) << 16;
  const uint32_t exponent = (half >> 10) & 0x1fu;
  const uint32_t mantissa = half & 0x3ffu;
  if (exponent == 0) {  // zero or subnormal: mantissa * 2^-24
    const float magnitude = std::ldexp(static_cast<float>(mantissa), -24);
    return sign ? -magnitude : magnitude;
  }
  const uint32_t bits = exponent == 0x1f ? sign | 0x7f800000u | (mantissa << 13)  // inf, NaN
                                         : sign | ((exponent + 112) << 23) | (mantissa << 13);
  return std::bit_cast<float>(bits);
}

float element(const char* at, Dtype dtype) {
  uint64_t bits = 0;
  for (size_t b = 0; b < dtype.size; ++b) {
    const uint64_t byte = static_cast<unsigned char>(at[b]);
    bits |= byte << (8 * (dtype.big_endian ? dtype.size - 1 - b : b));
  }
  switch (dtype.size) {
    case 2: return half_to_float(static_cast<uint16_t>(bits));
    case 4: return std::bit_cast<float>(static_cast<uint32_t>(bits));
    default: return static_cast<float>(std::bit_cast<double>(bits));
  }
}

// The file's values in C order whatever its layout: Fortran order stores
// the first axis fastest.
std::vector<float> c_order_values(std::string_view data, const std::vector<long long>& shape, Dtype dtype,
                                  bool fortran_order) {
  size_t count = 1;
  for (long long side : shape) count *= static_cast<size_t>(side);
  std::vector<float> values(count);
  std::vector<size_t> c_stride(shape.size(), 1);
  for (size_t d = shape.size() - 1; d > 0; --d) c_stride[d - 1] = c_stride[d] * static_cast<size_t>(shape[d]);
  std::vector<long long> index(shape.size(), 0);  // of element i, first axis fastest (Fortran)
  for (size_t i = 0; i < count; ++i) {
    const float value = element(data.data() + i * dtype.size, dtype);
    if (!fortran_order) {
      values[i] = value;
      continue;
    }
    size_t target = 0;
    for (size_t d = 0; d < shape.size(); ++d) target += static_cast<size_t>(index[d]) * c_stride[d];
    values[target] = value;
    for (size_t d = 0; d < shape.size() && ++index[d] == shape[d]; ++d) index[d] = 0;
  }
  return values;
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

NpyArray parse_npy_array(std::string_view bytes, const std::string& file) {
  const NpyHeader header = parse_header(bytes, file);
  const Dtype dtype = dtype_of(header.descr, file);
  const std::vector<long long> shape = without_batch_axis(header.shape, file);
  check_sizes(shape, file);
  size_t count = 1;
  for (long long side : shape) count *= static_cast<size_t>(side);
  const size_t expected = count * dtype.size;
  const std::string_view data = bytes.substr(header.data_offset);
  if (data.size() != expected)
    throw MatrixFileError(file, "holds " + std::to_string(data.size()) + " data bytes; shape (" +
                                    shape_text(header.shape) + ") and dtype '" + header.descr + "' say " +
                                    std::to_string(expected));
  NpyArray array;
  array.values = c_order_values(data, shape, dtype, header.fortran_order);
  array.layers = shape.size() == 4 ? static_cast<int>(shape[0]) : 0;
  array.heads = shape.size() >= 3 ? static_cast<int>(shape[shape.size() - 3]) : 0;
  array.rows = shape[shape.size() - 2];
  array.cols = shape.back();
  return array;
}

RowMatrix NpyArray::matrix(int layer, int head) const {
  const long long index = static_cast<long long>(layer) * std::max(heads, 1) + head;
  RowMatrix m(rows, cols);
  if (m.size() == 0) return m;  // an empty side: no data to copy (and values.data() may be null)
  std::memcpy(m.data(), values.data() + index * rows * cols, static_cast<size_t>(rows * cols) * sizeof(float));
  return m;
}

RowMatrix parse_npy(std::string_view bytes, const std::string& file) {
  const NpyArray array = parse_npy_array(bytes, file);
  if (array.heads != 0)
    throw MatrixFileError(file, "holds " + std::to_string(array.heads) + " heads; expected one 2-D [target, source] matrix");
  return array.matrix(0, 0);
}

}  // namespace attnviz
