#pragma once
// What beam search considered (issue 16, "read the beam search as a tree"):
// every candidate of every step, the hypothesis it extends, and whether it
// survived pruning. A node is one hypothesis: its path of parents back to a
// root's child (parent -1) spells its tokens.

#include <string>
#include <vector>

namespace attnviz {

struct BeamNode {
  int id = 0;              // its index in BeamTree::nodes
  int parent = -1;         // the node it extends; -1 for the first token of a sentence
  int step = 0;            // the target row its token would take (over the whole text)
  std::string token;
  int token_id = 0;
  double logprob = 0;      // the hypothesis's: the sum over its path
  float token_logprob = 0; // this token's alone
  bool kept = false;       // among the beam's best at its step (a kept </s> finishes it)
  bool final = false;      // a hypothesis the search ended with: finished, or live at the end
  bool best = false;       // the final hypothesis returned (its path is the result's rows)
};

struct BeamTree {
  std::vector<BeamNode> nodes;  // by step, then best first within a step
};

// The node ids from the first token of `node`'s sentence down to `node`.
// Throws std::out_of_range for an id not in the tree.
std::vector<int> hypothesis_path(const BeamTree& tree, int node);
// The tokens along hypothesis_path(), </s> included when the node is one.
std::vector<std::string> hypothesis_tokens(const BeamTree& tree, int node);

}  // namespace attnviz
