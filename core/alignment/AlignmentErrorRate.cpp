#include "alignment/AlignmentErrorRate.h"

#include "alignment/HardAlignment.h"

#include <set>

namespace attnviz {

AerCounts& AerCounts::operator+=(const AerCounts& other) {
  hypothesis += other.hypothesis;
  sure += other.sure;
  sure_hits += other.sure_hits;
  possible_hits += other.possible_hits;
  return *this;
}

double AerCounts::rate() const {
  const long denominator = hypothesis + sure;
  if (denominator == 0) return 0;
  return 1.0 - static_cast<double>(sure_hits + possible_hits) / static_cast<double>(denominator);
}

AerCounts count_aer(const std::vector<Link>& hypothesis, const GoldAlignment& gold) {
  const std::set<Link> links(hypothesis.begin(), hypothesis.end());
  const std::set<Link> sure(gold.sure.begin(), gold.sure.end());
  std::set<Link> possible(gold.possible.begin(), gold.possible.end());
  possible.insert(sure.begin(), sure.end());
  AerCounts counts;
  counts.hypothesis = static_cast<long>(links.size());
  counts.sure = static_cast<long>(sure.size());
  for (const Link& link : links) {
    counts.sure_hits += sure.count(link) ? 1 : 0;
    counts.possible_hits += possible.count(link) ? 1 : 0;
  }
  return counts;
}

double sentence_aer(const Alignment& alignment, const GoldAlignment& gold) {
  return count_aer(hard_links(alignment), gold).rate();
}

}  // namespace attnviz
