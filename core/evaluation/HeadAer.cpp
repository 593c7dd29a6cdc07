#include "evaluation/HeadAer.h"

#include "evaluation/HeadRoles.h"

#include <algorithm>
#include <stdexcept>

namespace attnviz {

std::vector<HeadAer> head_aers(const AttentionModel& model, const std::vector<SentencePair>& pairs) {
  std::vector<HeadAer> heads;
  for (const HeadRoles& head : head_roles(model, pairs))
    if (head.aer) heads.push_back({head.layer, head.head, *head.aer});
  return heads;
}

const HeadAer& best_head(const std::vector<HeadAer>& heads) {
  if (heads.empty()) throw std::invalid_argument("best_head: no heads");
  return *std::min_element(heads.begin(), heads.end(),
                           [](const HeadAer& a, const HeadAer& b) { return a.aer < b.aer; });
}

}  // namespace attnviz
