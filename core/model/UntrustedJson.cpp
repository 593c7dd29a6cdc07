#include "model/UntrustedJson.h"

#include "model/FormatError.h"
#include "tokens/Utf8.h"

#include <cstdio>
#include <set>
#include <string>
#include <vector>

namespace attnviz {
namespace {

using json = nlohmann::json;

std::string hex_byte(char c) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%02x", static_cast<unsigned char>(c));
  return text;
}

void require_utf8(std::string_view text, std::string_view label) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = utf8_sequence_length(text, at);
    if (length == 0)
      throw FormatError(std::string(label) + " is not valid UTF-8 (byte " + hex_byte(text[at]) +
                        " at offset " + std::to_string(at) + ")");
    at += length;
  }
}

void require_plain_text(std::string_view text, std::string_view label) {
  if (text.starts_with("\xEF\xBB\xBF"))
    throw FormatError(std::string(label) + " starts with a UTF-8 byte-order mark");
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
    throw FormatError(std::string(label) + " contains a NUL byte at offset " + std::to_string(nul));
  require_utf8(text, label);
}

// Watches the parser's events: refuses a value nested too deep before it is
// built, and a key already seen in the same object. Only objects have keys,
// so the innermost open object is the one a key belongs to.
class ParseGuard {
 public:
  ParseGuard(std::string_view label, int max_depth) : label_(label), max_depth_(max_depth) {}

  bool operator()(int depth, json::parse_event_t event, const json& parsed) {
    using Event = json::parse_event_t;
    if (event == Event::object_start || event == Event::array_start) require_depth(depth);
    if (event == Event::object_start) open_objects_.emplace_back();
    if (event == Event::object_end) open_objects_.pop_back();
    if (event == Event::key) require_new_key(parsed.get_ref<const std::string&>());
    return true;
  }

 private:
  // `depth` counts the containers already open around the new one.
  void require_depth(int depth) const {
    if (depth >= max_depth_)
      throw FormatError(label_ + " nests deeper than " + std::to_string(max_depth_) + " levels");
  }

  void require_new_key(const std::string& key) {
    if (!open_objects_.back().insert(key).second)
      throw FormatError(label_ + " repeats the key \"" + key + "\"");
  }

  std::string label_;
  int max_depth_;
  std::vector<std::set<std::string>> open_objects_;
};

// nlohmann-json's messages start with an id for programmers,
// "[json.exception.parse_error.101] ", that a user does not need.
std::string without_id(std::string_view message) {
  const std::size_t end = message.find("] ");
  return std::string(end == std::string_view::npos ? message : message.substr(end + 2));
}

}  // namespace

json parse_untrusted_json(std::string_view text, std::string_view label, int max_depth) {
  require_plain_text(text, label);
  ParseGuard guard(label, max_depth);
  try {
    return json::parse(text.begin(), text.end(),
                       [&guard](int depth, json::parse_event_t event, json& parsed) {
                         return guard(depth, event, parsed);
                       });
  } catch (const json::exception& error) {
    // Not only parse errors: a number beyond a double ("1E999") is an
    // out_of_range the parser throws while reading.
    throw FormatError(std::string(label) + " is not valid JSON (" + without_id(error.what()) + ")");
  }
}

std::string json_excerpt(const json& value) {
  constexpr std::size_t kMaxExcerpt = 40;
  const std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  return text.size() <= kMaxExcerpt ? text : text.substr(0, kMaxExcerpt) + "...";
}

}  // namespace attnviz
