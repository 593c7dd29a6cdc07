#include "decoding/HeadImportance.h"

#include "decoding/BranchDecoding.h"

#include <algorithm>

namespace attnviz {
namespace {

std::vector<HeadRef> heads_of(const Alignment& shown) {
  std::vector<HeadRef> heads;
  for (const AttentionMap& map : shown.maps)
    if (is_single_head(map)) heads.push_back({map.kind, map.layer, map.head});
  return heads;
}

}  // namespace

std::vector<HeadEffect> rank_heads(const AttentionModel& model, const Alignment& shown) {
  if (model.info().kind != "transformer") return {};
  const std::vector<HeadRef> heads = heads_of(shown);
  const std::string sentence = source_text(shown);
  DecodeOptions options;
  options.beam_width = shown.beam_width;
  const double baseline = model.force(sentence, shown.translation, options).logprob;
  std::vector<HeadEffect> effects;
  for (const HeadRef& head : heads) {
    options.masked_heads = {head};
    HeadEffect effect{head, model.force(sentence, shown.translation, options).logprob - baseline,
                      model.translate(sentence, options).translation};
    effect.translation_changed = effect.translation != shown.translation;
    effects.push_back(std::move(effect));
  }
  std::stable_sort(effects.begin(), effects.end(),
                   [](const HeadEffect& a, const HeadEffect& b) { return a.logprob_change < b.logprob_change; });
  return effects;
}

}  // namespace attnviz
