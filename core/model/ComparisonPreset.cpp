#include "model/ComparisonPreset.h"

#include <algorithm>
#include <map>

namespace attnviz {
namespace {

bool is_gru(const ModelInfo& model) { return model.kind == "seq2seq"; }

// Every global GRU model: one per score function.
std::vector<bool> by_score_function(const std::vector<ModelInfo>& models) {
  std::vector<bool> shown;
  for (const ModelInfo& model : models) shown.push_back(is_gru(model) && model.mechanism == "global");
  return shown;
}

// The score function most of the non-global mechanisms use inside: the
// global model to compare them with is the one with that score.
std::string shared_score(const std::vector<ModelInfo>& models) {
  std::map<std::string, int> counts;
  for (const ModelInfo& model : models)
    if (is_gru(model) && model.mechanism != "global") ++counts[model.score];
  const auto most = std::max_element(counts.begin(), counts.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
  return most == counts.end() ? std::string("additive") : most->first;
}

// One GRU model per mechanism: the first listed with the shared score, or
// failing that the first listed at all.
std::vector<bool> by_mechanism(const std::vector<ModelInfo>& models) {
  const std::string score = shared_score(models);
  std::vector<bool> shown(models.size(), false);
  std::vector<std::string> taken;
  for (const bool any_score : {false, true}) {
    for (size_t i = 0; i < models.size(); ++i) {
      const ModelInfo& model = models[i];
      if (!is_gru(model) || std::ranges::find(taken, model.mechanism) != taken.end()) continue;
      if (!any_score && model.score != score) continue;
      taken.push_back(model.mechanism);
      shown[i] = true;
    }
  }
  return shown;
}

}  // namespace

std::vector<bool> preset_members(ComparisonPreset preset, const std::vector<ModelInfo>& models) {
  return preset == ComparisonPreset::ByScoreFunction ? by_score_function(models) : by_mechanism(models);
}

}  // namespace attnviz
