#include "export/StrictJson.h"

#include "export/MatrixFileError.h"

#include <set>
#include <vector>

namespace attnviz {
namespace {

using json = nlohmann::json;

// Keeps one set of seen keys per open object, to catch duplicates while
// the parser still knows them apart.
class KeyChecker {
 public:
  KeyChecker(const std::string& file, int max_depth) : file_(file), max_depth_(max_depth) {}

  bool operator()(int depth, json::parse_event_t event, json& parsed) {
    if (depth > max_depth_)
      throw MatrixFileError(file_, "JSON nests deeper than " + std::to_string(max_depth_) + " levels");
    if (event == json::parse_event_t::object_start) open_.emplace_back();
    if (event == json::parse_event_t::object_end) open_.pop_back();
    if (event == json::parse_event_t::key && !open_.back().insert(parsed.get<std::string>()).second)
      throw MatrixFileError(file_, "JSON key \"" + parsed.get<std::string>() + "\" appears twice in one object");
    return true;
  }

 private:
  const std::string& file_;
  int max_depth_;
  std::vector<std::set<std::string>> open_;
};

}  // namespace

json parse_json_strictly(std::string_view text, const std::string& file, int max_depth) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") throw MatrixFileError(file, "starts with a byte-order mark; JSON must not");
  if (text.find('\0') != std::string_view::npos) throw MatrixFileError(file, "is not text (it holds a NUL byte)");
  KeyChecker checker(file, max_depth);
  try {
    return json::parse(text, std::ref(checker));
  } catch (const json::parse_error& error) {
    const std::string message = error.what();  // "[json.exception.parse_error.101] parse error at ..."
    throw MatrixFileError(file, "is not valid JSON: " + message.substr(message.find("] ") + 2));
  }
}

}  // namespace attnviz
