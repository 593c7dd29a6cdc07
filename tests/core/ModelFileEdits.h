#pragma once
// Edits that break a valid model file in one way each, shared by the
// hostile-file tests of both formats (ModelFileRejectionTest,
// TransformerFileRejectionTest).

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>

namespace attnviz::test {

using json = nlohmann::json;

// A file taken apart: the header as JSON and the tensor data after it.
struct Parts {
  json header;
  std::string data;
};

inline std::uint64_t header_length(const std::string& file) {
  std::uint64_t length = 0;
  std::memcpy(&length, file.data(), sizeof length);
  return length;
}

inline std::string header_text(const std::string& file) { return file.substr(8, header_length(file)); }

inline std::string assemble(const std::string& header, const std::string& data, std::uint64_t length) {
  std::string file(8, '\0');
  std::memcpy(file.data(), &length, sizeof length);
  return file + header + data;
}

inline std::string assemble(const std::string& header, const std::string& data) {
  return assemble(header, data, header.size());
}

inline Parts split(const std::string& file) {
  return {json::parse(header_text(file)), file.substr(8 + header_length(file))};
}

using Edit = std::function<void(std::string& file)>;

inline Edit on_parts(std::function<void(Parts&)> change) {
  return [change](std::string& file) {
    Parts parts = split(file);
    change(parts);
    file = assemble(parts.header.dump(), parts.data);
  };
}

inline Edit on_header(std::function<void(json&)> change) {
  return on_parts([change](Parts& parts) { change(parts.header); });
}

// Replaces the header by text made from the valid one, bytes and all.
inline Edit on_header_text(std::function<std::string(const std::string&)> change) {
  return [change](std::string& file) {
    const std::string data = file.substr(8 + header_length(file));
    file = assemble(change(header_text(file)), data);
  };
}

inline Edit on_tensor(const std::string& name, std::function<void(json&)> change) {
  return on_header([name, change](json& header) { change(header[name]); });
}

inline Edit set_metadata(const std::string& key, json value) {
  return on_header([key, value](json& header) { header["__metadata__"][key] = value; });
}

inline Edit erase_metadata(const std::string& key) {
  return on_header([key](json& header) { header["__metadata__"].erase(key); });
}

// Edits a JSON value stored as text in the metadata (config, vocabularies).
inline Edit on_metadata_json(const std::string& key, std::function<void(json&)> change) {
  return on_header([key, change](json& header) {
    json value = json::parse(header["__metadata__"][key].get<std::string>());
    change(value);
    header["__metadata__"][key] = value.dump();
  });
}

inline Edit on_config(std::function<void(json&)> change) { return on_metadata_json("config", change); }

inline Edit set_float(const std::string& name, int index, float value) {
  return on_parts([=](Parts& parts) {
    const std::size_t offset = parts.header[name]["data_offsets"][0].get<std::size_t>() + 4 * index;
    std::memcpy(parts.data.data() + offset, &value, sizeof value);
  });
}

// Shifts every tensor at or after `from` by `by` bytes.
inline void shift_offsets(json& header, std::uint64_t from, std::int64_t by) {
  for (auto& [name, entry] : header.items()) {
    if (name == "__metadata__" || entry["data_offsets"][0].get<std::uint64_t>() < from) continue;
    for (json& offset : entry["data_offsets"]) offset = offset.get<std::int64_t>() + by;
  }
}

// Removes a tensor, entry and bytes, so that the rest is laid out validly.
inline Edit remove_tensor(const std::string& name) {
  return on_parts([name](Parts& parts) {
    const auto begin = parts.header[name]["data_offsets"][0].get<std::uint64_t>();
    const auto end = parts.header[name]["data_offsets"][1].get<std::uint64_t>();
    parts.data.erase(begin, end - begin);
    parts.header.erase(name);
    shift_offsets(parts.header, end, -static_cast<std::int64_t>(end - begin));
  });
}

// Inserts `count` unused bytes at `at` in the tensor data.
inline Edit insert_gap(std::uint64_t at, std::uint64_t count) {
  return on_parts([at, count](Parts& parts) {
    parts.data.insert(at, count, '\0');
    shift_offsets(parts.header, at, static_cast<std::int64_t>(count));
  });
}

inline Edit first_tensor_gets_gap_after() {
  return [](std::string& file) {
    const Parts parts = split(file);
    for (const auto& [name, entry] : parts.header.items()) {
      if (name != "__metadata__" && entry["data_offsets"][0] == 0)
        return insert_gap(entry["data_offsets"][1].get<std::uint64_t>(), 4)(file);
    }
  };
}

// Inserts a repeated key right after the first '{' at or after `after`.
inline Edit repeat_key_after(const std::string& after, const std::string& member) {
  return on_header_text([after, member](const std::string& text) {
    const std::size_t brace = text.find('{', text.find(after));
    return text.substr(0, brace + 1) + member + "," + text.substr(brace + 1);
  });
}

inline Edit set_length(std::uint64_t length) {
  return [length](std::string& file) { std::memcpy(file.data(), &length, sizeof length); };
}

inline Edit resize(std::size_t size) {
  return [size](std::string& file) { file.resize(size); };
}

inline Edit cut_end(std::size_t bytes) {
  return [bytes](std::string& file) { file.resize(file.size() - bytes); };
}

}  // namespace attnviz::test
