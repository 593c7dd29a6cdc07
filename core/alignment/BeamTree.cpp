#include "alignment/BeamTree.h"

#include <algorithm>
#include <stdexcept>

namespace attnviz {
namespace {

const BeamNode& node_at(const BeamTree& tree, int id) {
  if (id < 0 || static_cast<size_t>(id) >= tree.nodes.size()) {
    throw std::out_of_range("beam tree node " + std::to_string(id) + " is not in the tree (it has " +
                            std::to_string(tree.nodes.size()) + " nodes)");
  }
  return tree.nodes[static_cast<size_t>(id)];
}

}  // namespace

// Parents come before their children (by step), so the walk ends.
std::vector<int> hypothesis_path(const BeamTree& tree, int node) {
  std::vector<int> path;
  node_at(tree, node);
  for (int id = node; id >= 0; id = node_at(tree, id).parent) {
    if (path.size() > tree.nodes.size()) throw std::out_of_range("beam tree has a cycle");
    path.push_back(id);
  }
  std::reverse(path.begin(), path.end());
  return path;
}

std::vector<std::string> hypothesis_tokens(const BeamTree& tree, int node) {
  std::vector<std::string> tokens;
  for (int id : hypothesis_path(tree, node)) tokens.push_back(tree.nodes[static_cast<size_t>(id)].token);
  return tokens;
}

}  // namespace attnviz
