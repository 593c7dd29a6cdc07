#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace attnviz {

// Parses JSON text that a user handed us, refusing what nlohmann-json 3.11
// would let through silently (FACTS.md): a byte-order mark, a NUL byte (it
// stops parsing there), a duplicate key (it keeps the last) and nesting
// deeper than `max_depth` (deep values crash when copied). Throws
// MatrixFileError naming `file` and the problem.
nlohmann::json parse_json_strictly(std::string_view text, const std::string& file, int max_depth = 8);

}  // namespace attnviz
