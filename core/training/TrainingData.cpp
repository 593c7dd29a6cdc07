#include "training/TrainingData.h"

#include <algorithm>
#include <map>

namespace attnviz {
namespace {

const std::vector<std::string>& tokens_of(const SentencePair& pair, Side side) {
  return side == Side::Source ? pair.source : pair.target;
}

std::vector<int> ids_of(const std::vector<std::string>& tokens, const Vocabulary& vocabulary) {
  std::vector<int> ids;
  ids.reserve(tokens.size());
  for (const std::string& token : tokens) ids.push_back(vocabulary.id(token));
  return ids;
}

}  // namespace

Vocabulary build_vocabulary(const std::vector<SentencePair>& pairs, Side side) {
  std::map<std::string, long long> counts;
  for (const SentencePair& pair : pairs)
    for (const std::string& token : tokens_of(pair, side)) ++counts[token];
  std::vector<std::string> tokens = {"<pad>", "<unk>", "<s>", "</s>"};
  for (const std::string& special : tokens) counts.erase(special);
  std::vector<std::pair<std::string, long long>> ranked(counts.begin(), counts.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [token, count] : ranked) tokens.push_back(token);
  return Vocabulary(std::move(tokens));
}

std::vector<IdPair> to_ids(const std::vector<SentencePair>& pairs, const Vocabulary& source,
                           const Vocabulary& target) {
  std::vector<IdPair> ids;
  ids.reserve(pairs.size());
  for (const SentencePair& pair : pairs)
    ids.push_back({ids_of(pair.source, source), ids_of(pair.target, target)});
  return ids;
}

}  // namespace attnviz
