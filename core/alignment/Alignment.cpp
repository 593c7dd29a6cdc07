#include "alignment/Alignment.h"

namespace attnviz {

const char* to_string(DecodeMode mode) {
  switch (mode) {
    case DecodeMode::Greedy: return "greedy";
    case DecodeMode::Beam: return "beam";
    case DecodeMode::Forced: return "forced";
  }
  return "unknown";
}

}  // namespace attnviz
