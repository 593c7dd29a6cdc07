#pragma once
// A mini-batch of id sequences in time-major layout: row t * size + b holds
// sentence b at step t, so one step of every sentence is one contiguous
// block of rows and each recurrent step is a single batched GEMM.

#include <span>
#include <vector>

namespace attnviz {

// A sentence pair as vocabulary ids, without </s> (the batch adds it).
struct IdPair {
  std::vector<int> source;
  std::vector<int> target;
};

struct TrainingBatch {
  int size = 0;                     // B, sentences
  int source_steps = 0;             // S, the longest source including </s>
  int target_steps = 0;             // T, the longest target including </s>
  std::vector<int> source;          // [S * B] ids, <pad> beyond a sentence's end
  std::vector<int> source_lengths;  // [B] real positions including </s>
  std::vector<int> decoder_input;   // [T * B] y_{t-1}: <s> then the target, <pad> beyond
  std::vector<int> decoder_output;  // [T * B] y_t: the target then </s>, <pad> beyond
  std::vector<int> target_lengths;  // [B] steps that carry a loss, including </s>

  long long target_tokens() const;
};

TrainingBatch make_batch(const std::vector<IdPair>& pairs, std::span<const int> indices);

}  // namespace attnviz
