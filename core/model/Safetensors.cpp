#include "model/Safetensors.h"

#include "model/FormatError.h"
#include "model/UntrustedJson.h"

#include <algorithm>
#include <bit>
#include <climits>
#include <string_view>

namespace attnviz {
namespace {

// Floats are copied to and from the file as they sit in memory, and the
// format is little-endian.
static_assert(std::endian::native == std::endian::little);

using json = nlohmann::json;
using Bytes = std::span<const std::byte>;

constexpr std::size_t kLengthBytes = 8;
constexpr long long kFloatBytes = 4;
constexpr const char* kMetadataKey = "__metadata__";

// One tensor's header entry, checked on its own; offsets are relative to
// the start of the data region.
struct Entry {
  std::string name;
  std::vector<long long> shape;
  std::uint64_t begin = 0, end = 0;
};

std::string tensor(const std::string& name) { return "tensor " + name; }

std::uint64_t read_header_length(Bytes file) {
  if (file.empty()) throw FormatError("the file is empty");
  if (file.size() < kLengthBytes)
    throw FormatError("the file has only " + std::to_string(file.size()) +
                      " bytes, fewer than the 8-byte header length");
  std::uint64_t length = 0;
  for (std::size_t i = 0; i < kLengthBytes; ++i)
    length |= std::to_integer<std::uint64_t>(file[i]) << (8 * i);
  if (length > kMaxHeaderBytes)
    throw FormatError("header length " + std::to_string(length) + " is above the limit of " +
                      std::to_string(kMaxHeaderBytes) + " bytes");
  if (length > file.size() - kLengthBytes)
    throw FormatError("header length " + std::to_string(length) + " goes beyond the end of the file (" +
                      std::to_string(file.size() - kLengthBytes) + " bytes follow it; is the file truncated?)");
  return length;
}

json parse_header(Bytes bytes) {
  const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  json header = parse_untrusted_json(text, "header");
  if (!header.is_object()) throw FormatError("header is not a JSON object but " + json_excerpt(header));
  return header;
}

std::map<std::string, std::string> read_metadata(const json& header) {
  std::map<std::string, std::string> metadata;
  const auto found = header.find(kMetadataKey);
  if (found == header.end()) return metadata;
  if (!found->is_object()) throw FormatError("header __metadata__ is not a JSON object");
  for (const auto& [key, value] : found->items()) {
    if (!value.is_string()) throw FormatError("metadata value \"" + key + "\" is not a string");
    metadata.emplace(key, value.get<std::string>());
  }
  return metadata;
}

const json& require_field(const std::string& name, const json& entry, const char* field) {
  const auto found = entry.find(field);
  if (found == entry.end()) throw FormatError(tensor(name) + " has no " + field);
  return *found;
}

void require_f32(const std::string& name, const json& entry) {
  const json& dtype = require_field(name, entry, "dtype");
  if (dtype != "F32")
    throw FormatError(tensor(name) + " has dtype " + json_excerpt(dtype) + ", attnviz reads only \"F32\"");
}

long long read_dimension(const std::string& name, const json& dimension) {
  const std::string shown = json_excerpt(dimension);
  if (dimension.is_number_unsigned()) {
    if (dimension.get<std::uint64_t>() > LLONG_MAX)
      throw FormatError(tensor(name) + " has a dimension too large: " + shown);
    return dimension.get<long long>();
  }
  if (dimension.is_number_integer()) throw FormatError(tensor(name) + " has a negative dimension: " + shown);
  throw FormatError(tensor(name) + " has a dimension that is not an integer: " + shown);
}

std::vector<long long> read_shape(const std::string& name, const json& entry) {
  const json& shape = require_field(name, entry, "shape");
  if (!shape.is_array()) throw FormatError(tensor(name) + " has a shape that is not an array: " + json_excerpt(shape));
  std::vector<long long> dimensions;
  for (const json& dimension : shape) dimensions.push_back(read_dimension(name, dimension));
  return dimensions;
}

std::uint64_t byte_count(const std::string& name, const std::vector<long long>& shape) {
  long long bytes = kFloatBytes;
  for (long long dimension : shape) {
    if (__builtin_mul_overflow(bytes, dimension, &bytes))
      throw FormatError(tensor(name) + " has shape " + shape_to_string(shape) + ", too large to count in 64 bits");
  }
  return static_cast<std::uint64_t>(bytes);
}

std::string offsets_text(const Entry& entry) {
  return "[" + std::to_string(entry.begin) + "," + std::to_string(entry.end) + "]";
}

void read_offsets(const json& entry, Entry& out) {
  const json& offsets = require_field(out.name, entry, "data_offsets");
  if (!offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned() ||
      !offsets[1].is_number_unsigned())
    throw FormatError(tensor(out.name) + " has data_offsets " + json_excerpt(offsets) +
                      ", expected [begin,end] with non-negative integers");
  out.begin = offsets[0].get<std::uint64_t>();
  out.end = offsets[1].get<std::uint64_t>();
  if (out.begin > out.end) throw FormatError(tensor(out.name) + " has reversed data_offsets " + offsets_text(out));
}

Entry read_entry(const std::string& name, const json& description, std::uint64_t data_size) {
  if (!description.is_object())
    throw FormatError(tensor(name) + " is described by " + json_excerpt(description) + ", not an object");
  require_f32(name, description);
  Entry entry{name, read_shape(name, description)};
  read_offsets(description, entry);
  if (entry.end > data_size)
    throw FormatError(tensor(name) + " has data_offsets " + offsets_text(entry) + " beyond the " +
                      std::to_string(data_size) + " bytes of tensor data (is the file truncated?)");
  const std::uint64_t needed = byte_count(name, entry.shape);
  if (entry.end - entry.begin != needed)
    throw FormatError(tensor(name) + " has " + std::to_string(entry.end - entry.begin) + " bytes in data_offsets " +
                      offsets_text(entry) + ", its shape " + shape_to_string(entry.shape) + " of F32 needs " +
                      std::to_string(needed));
  return entry;
}

std::vector<Entry> read_entries(const json& header, std::uint64_t data_size) {
  std::vector<Entry> entries;
  for (const auto& [name, description] : header.items()) {
    if (name != kMetadataKey) entries.push_back(read_entry(name, description, data_size));
  }
  return entries;
}

std::string gap_message(const Entry* previous, const Entry& next, std::uint64_t gap) {
  const std::string where = previous == nullptr ? "before " + tensor(next.name)
                                                : "between tensors " + previous->name + " and " + next.name;
  return std::to_string(gap) + " bytes of tensor data " + where + " belong to no tensor";
}

// Sorted by offset, the tensors must tile the data region: the first starts
// at 0, each where the previous ended, and the last ends with the file, so
// that the file cannot also be read as some other format.
void require_exact_tiling(std::vector<Entry>& entries, std::uint64_t data_size) {
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return std::tie(a.begin, a.end) < std::tie(b.begin, b.end); });
  std::uint64_t covered = 0;
  const Entry* previous = nullptr;
  for (const Entry& entry : entries) {
    if (entry.begin < covered)
      throw FormatError("tensors " + previous->name + " and " + entry.name + " overlap in the tensor data");
    if (entry.begin > covered) throw FormatError(gap_message(previous, entry, entry.begin - covered));
    covered = entry.end;
    previous = &entry;
  }
  if (covered < data_size)
    throw FormatError(std::to_string(data_size - covered) +
                      " bytes follow the last tensor's data; nothing may follow it");
}

void write_length(std::ostream& out, std::uint64_t length) {
  char bytes[kLengthBytes];
  for (std::size_t i = 0; i < kLengthBytes; ++i) bytes[i] = static_cast<char>((length >> (8 * i)) & 0xFF);
  out.write(bytes, kLengthBytes);
}

std::string header_text(const std::map<std::string, std::string>& metadata, const std::vector<TensorRef>& tensors) {
  json header = json::object();
  header[kMetadataKey] = metadata;
  std::uint64_t offset = 0;
  for (const TensorRef& t : tensors) {
    const std::uint64_t end = offset + static_cast<std::uint64_t>(t.size() * kFloatBytes);
    header[t.name] = {{"dtype", "F32"}, {"shape", t.shape}, {"data_offsets", json::array({offset, end})}};
    offset = end;
  }
  std::string text = header.dump();
  text.append((kLengthBytes - text.size() % kLengthBytes) % kLengthBytes, ' ');
  return text;
}

}  // namespace

std::string shape_to_string(const std::vector<long long>& shape) {
  std::string text = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    if (i > 0) text += ',';
    text += std::to_string(shape[i]);
  }
  return text + "]";
}

SafetensorsContent parse_safetensors(Bytes file) {
  const std::uint64_t header_length = read_header_length(file);
  const Bytes data = file.subspan(kLengthBytes + header_length);
  const json header = parse_header(file.subspan(kLengthBytes, header_length));
  SafetensorsContent content{read_metadata(header), {}};
  std::vector<Entry> entries = read_entries(header, data.size());
  require_exact_tiling(entries, data.size());
  for (const Entry& e : entries)
    content.tensors.emplace(e.name, SafetensorsTensor{e.shape, data.subspan(e.begin, e.end - e.begin)});
  return content;
}

void write_safetensors(std::ostream& out, const std::map<std::string, std::string>& metadata,
                       const std::vector<TensorRef>& tensors) {
  const std::string header = header_text(metadata, tensors);
  write_length(out, header.size());
  out.write(header.data(), static_cast<std::streamsize>(header.size()));
  for (const TensorRef& t : tensors)
    out.write(reinterpret_cast<const char*>(t.data), static_cast<std::streamsize>(t.size() * kFloatBytes));
}

}  // namespace attnviz
