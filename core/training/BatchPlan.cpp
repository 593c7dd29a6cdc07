#include "training/BatchPlan.h"

#include <algorithm>
#include <numeric>

namespace attnviz {
namespace {

// Length-sorting only within pools of this many batches keeps some
// randomness in which sentences meet, as torchtext's BucketIterator does.
constexpr int kBatchesPerPool = 50;

void sort_by_length(const std::vector<size_t>& lengths, std::vector<int>::iterator first,
                    std::vector<int>::iterator last) {
  std::stable_sort(first, last, [&](int a, int b) { return lengths[a] < lengths[b]; });
}

std::vector<std::vector<int>> chunk(const std::vector<int>& order, int batch_size) {
  std::vector<std::vector<int>> batches;
  for (size_t first = 0; first < order.size(); first += batch_size) {
    const size_t last = std::min(order.size(), first + batch_size);
    batches.emplace_back(order.begin() + first, order.begin() + last);
  }
  return batches;
}

std::vector<int> all_indices(const std::vector<size_t>& lengths) {
  std::vector<int> order(lengths.size());
  std::iota(order.begin(), order.end(), 0);
  return order;
}

}  // namespace

std::vector<std::vector<int>> plan_batches(const std::vector<size_t>& lengths, int batch_size,
                                           std::mt19937_64& rng) {
  std::vector<int> order = all_indices(lengths);
  std::shuffle(order.begin(), order.end(), rng);
  const size_t pool = static_cast<size_t>(batch_size) * kBatchesPerPool;
  for (size_t first = 0; first < order.size(); first += pool)
    sort_by_length(lengths, order.begin() + first, order.begin() + std::min(order.size(), first + pool));
  std::vector<std::vector<int>> batches = chunk(order, batch_size);
  std::shuffle(batches.begin(), batches.end(), rng);
  return batches;
}

std::vector<std::vector<int>> plan_batches_in_order(const std::vector<size_t>& lengths,
                                                    int batch_size) {
  std::vector<int> order = all_indices(lengths);
  sort_by_length(lengths, order.begin(), order.end());
  return chunk(order, batch_size);
}

}  // namespace attnviz
