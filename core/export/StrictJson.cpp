#include "export/StrictJson.h"

#include "export/MatrixFileError.h"
#include "model/FormatError.h"
#include "model/UntrustedJson.h"

namespace attnviz {

// Matrix files meet the same hostile-JSON traps as model headers, so they
// go through the model loader's parser; only the error type differs.
nlohmann::json parse_json_strictly(std::string_view text, const std::string& file, int max_depth) {
  try {
    return parse_untrusted_json(text, "the JSON", max_depth);
  } catch (const FormatError& error) {
    throw MatrixFileError(file, error.what());
  }
}

}  // namespace attnviz
