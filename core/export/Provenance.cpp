#include "export/Provenance.h"

namespace attnviz {
namespace {

std::string model_provenance(const ModelAlignment& item) {
  return "model=" + item.model.name + " score=" + item.model.score + " sha256=" + item.model.sha256 +
         " mode=" + to_string(item.alignment.mode) + " beam=" + std::to_string(item.alignment.beam_width);
}

std::string words_of(const std::vector<std::string>& tokens) {
  std::string words;
  for (const std::string& token : tokens) {
    if (token == "</s>") continue;
    words += (words.empty() ? "" : " ") + token;
  }
  return words;
}

// A part said once however many panes in a row give it: the heads of one
// model are one model.
std::string joined(const ModelAlignments& alignments, const char* separator,
                   std::string (*part)(const ModelAlignment&)) {
  std::string text, previous;
  for (const ModelAlignment& item : alignments) {
    std::string next = part(item);
    if (next == previous) continue;
    text += (text.empty() ? "" : separator) + next;
    previous = std::move(next);
  }
  return text;
}

std::string model_name(const ModelAlignment& item) { return item.model.name; }

}  // namespace

std::string provenance_text(const ModelAlignments& alignments) {
  return joined(alignments, "; ", model_provenance);
}

std::string picture_title(const ModelAlignments& alignments) {
  if (alignments.empty()) return "Attention";
  const Alignment& first = alignments.front().alignment;
  const std::string target = alignments.size() == 1 ? " -> " + words_of(first.target_tokens) : "";
  return "Attention: " + words_of(first.source_tokens) + target + " (" + joined(alignments, ", ", model_name) + ")";
}

}  // namespace attnviz
