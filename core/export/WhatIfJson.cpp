#include "export/WhatIfJson.h"

namespace attnviz {

nlohmann::json beam_tree_json(const BeamTree& tree) {
  nlohmann::json nodes = nlohmann::json::array();
  for (const BeamNode& node : tree.nodes) {
    nodes.push_back({{"id", node.id},
                     {"parent", node.parent},
                     {"step", node.step},
                     {"token", node.token},
                     {"logprob", node.logprob},
                     {"token_logprob", node.token_logprob},
                     {"kept", node.kept},
                     {"final", node.final},
                     {"best", node.best}});
  }
  return nodes;
}

nlohmann::json what_if_json(const Alignment& alignment) {
  nlohmann::json json = nlohmann::json::object();
  if (!alignment.target_forced.empty()) {
    std::vector<int> rows;
    for (size_t r = 0; r < alignment.target_forced.size(); ++r)
      if (alignment.target_forced[r]) rows.push_back(static_cast<int>(r));
    json["forced_prefix"] = rows.size();
    json["forced_rows"] = rows;
  }
  if (alignment.beam_tree) json["beam_tree"] = beam_tree_json(*alignment.beam_tree);
  return json;
}

}  // namespace attnviz
