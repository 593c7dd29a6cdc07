#include "classification/HanMetadata.h"

#include "model/FormatError.h"

#include <set>

namespace attnviz {
namespace {

using json = nlohmann::json;

HanConfig read_config(const Metadata& metadata) {
  const json config = read_config_object(metadata);
  HanConfig result;
  result.embed = read_size(config, "embed");
  result.word_hidden = read_size(config, "word_hidden");
  result.sentence_hidden = read_size(config, "sentence_hidden");
  return result;
}

std::vector<std::string> read_classes(const Metadata& metadata) {
  std::vector<std::string> classes = read_vocabulary(metadata, "classes");
  if (classes.size() < 2 || classes.size() > static_cast<size_t>(kMaxClasses))
    throw FormatError("classes has " + std::to_string(classes.size()) + " names, expected 2.." +
                      std::to_string(kMaxClasses));
  std::set<std::string> seen;
  for (size_t c = 0; c < classes.size(); ++c) {
    if (classes[c].empty()) throw FormatError("classes name " + std::to_string(c) + " is empty");
    if (!seen.insert(classes[c]).second)
      throw FormatError("classes name " + std::to_string(c) + " repeats \"" + classes[c] + "\"");
  }
  return classes;
}

}  // namespace

HanMetadata parse_han_metadata(const Metadata& metadata) {
  require_format(metadata, kHanFormat);
  return {read_config(metadata), read_vocabulary(metadata, "vocab"), read_classes(metadata), read_card(metadata)};
}

Metadata to_metadata_map(const HanMetadata& metadata) {
  const json config = {{"embed", metadata.config.embed},
                       {"word_hidden", metadata.config.word_hidden},
                       {"sentence_hidden", metadata.config.sentence_hidden}};
  Metadata map{{"format", kHanFormat},
               {"format_version", kFormatVersion},
               {"config", config.dump()},
               {"vocab", json(metadata.vocab).dump()},
               {"classes", json(metadata.classes).dump()}};
  if (!metadata.card_json.empty()) map.emplace("card", metadata.card_json);
  return map;
}

}  // namespace attnviz
