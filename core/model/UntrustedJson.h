#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace attnviz {

// Model files may nest JSON this deep, no deeper (MODEL_SPEC.md, "The file").
inline constexpr int kMaxJsonDepth = 64;

// Parses JSON from a file that may be hostile. Beyond nlohmann-json's own
// checks it refuses what that library lets through (FACTS.md): a byte-order
// mark, a NUL, invalid UTF-8, a key repeated in one object (at any level),
// and nesting deeper than `max_depth`, which is stopped while parsing so
// that a 100,000-deep document never builds a deep value.
// Throws FormatError starting with `label`, e.g. "header repeats the key
// \"decoder.out.bias\""; the caller adds the file's name.
nlohmann::json parse_untrusted_json(std::string_view text, std::string_view label,
                                    int max_depth = kMaxJsonDepth);

// A value as a message quotes it, cut short when long: "[0,12]", "\"F16\"".
std::string json_excerpt(const nlohmann::json& value);

}  // namespace attnviz
