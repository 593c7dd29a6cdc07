#include "training/TrainingBatch.h"

#include "tokens/Vocabulary.h"

#include <algorithm>
#include <numeric>

namespace attnviz {
namespace {

int longest(const std::vector<IdPair>& pairs, std::span<const int> indices,
            std::vector<int> IdPair::*side) {
  size_t most = 0;
  for (int i : indices) most = std::max(most, (pairs[i].*side).size());
  return static_cast<int>(most) + 1;  // + </s>
}

void fill_source(TrainingBatch& batch, const std::vector<int>& ids, int b) {
  for (size_t i = 0; i < ids.size(); ++i) batch.source[i * batch.size + b] = ids[i];
  batch.source[ids.size() * batch.size + b] = Vocabulary::kEos;
  batch.source_lengths[b] = static_cast<int>(ids.size()) + 1;
}

void fill_target(TrainingBatch& batch, const std::vector<int>& ids, int b) {
  batch.decoder_input[b] = Vocabulary::kBos;
  for (size_t t = 0; t < ids.size(); ++t) {
    batch.decoder_input[(t + 1) * batch.size + b] = ids[t];
    batch.decoder_output[t * batch.size + b] = ids[t];
  }
  batch.decoder_output[ids.size() * batch.size + b] = Vocabulary::kEos;
  batch.target_lengths[b] = static_cast<int>(ids.size()) + 1;
}

}  // namespace

long long TrainingBatch::target_tokens() const {
  return std::accumulate(target_lengths.begin(), target_lengths.end(), 0LL);
}

TrainingBatch make_batch(const std::vector<IdPair>& pairs, std::span<const int> indices) {
  TrainingBatch batch;
  batch.size = static_cast<int>(indices.size());
  batch.source_steps = longest(pairs, indices, &IdPair::source);
  batch.target_steps = longest(pairs, indices, &IdPair::target);
  batch.source.assign(static_cast<size_t>(batch.source_steps) * batch.size, Vocabulary::kPad);
  batch.decoder_input.assign(static_cast<size_t>(batch.target_steps) * batch.size, Vocabulary::kPad);
  batch.decoder_output = batch.decoder_input;
  batch.source_lengths.resize(batch.size);
  batch.target_lengths.resize(batch.size);
  for (int b = 0; b < batch.size; ++b) {
    fill_source(batch, pairs[indices[b]].source, b);
    fill_target(batch, pairs[indices[b]].target, b);
  }
  return batch;
}

}  // namespace attnviz
