#include "alignment/Alignment.h"

namespace attnviz {
namespace {

// What each decoding step read: <s> first and after every emitted </s> (a
// text decoded sentence by sentence starts each sentence afresh), otherwise
// the token the step before emitted.
std::vector<std::string> decoder_inputs(const std::vector<std::string>& targets) {
  std::vector<std::string> inputs;
  inputs.reserve(targets.size());
  for (size_t j = 0; j < targets.size(); ++j)
    inputs.push_back(j == 0 || targets[j - 1] == "</s>" ? "<s>" : targets[j - 1]);
  return inputs;
}

}  // namespace

std::vector<std::string> Alignment::labels(MapAxis axis) const {
  switch (axis) {
    case MapAxis::Target: return target_tokens;
    case MapAxis::Source: return source_tokens;
    case MapAxis::DecoderInput: return decoder_inputs(target_tokens);
  }
  return {};
}

const char* to_string(DecodeMode mode) {
  switch (mode) {
    case DecodeMode::Greedy: return "greedy";
    case DecodeMode::Beam: return "beam";
    case DecodeMode::Forced: return "forced";
  }
  return "unknown";
}

}  // namespace attnviz
