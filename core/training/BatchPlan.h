#pragma once
// Which examples go together into each mini-batch of an epoch. Examples
// of similar length share a batch so that little compute goes to padding;
// the batches' order and make-up change from epoch to epoch with the seed.
// Each family says what an example's length is (Family::length).

#include <cstddef>
#include <random>
#include <vector>

namespace attnviz {

// Batches of at most batch_size indices into the examples whose lengths
// are given, in training order.
std::vector<std::vector<int>> plan_batches(const std::vector<size_t>& lengths, int batch_size,
                                           std::mt19937_64& rng);
// The same grouping without shuffling, for evaluation passes.
std::vector<std::vector<int>> plan_batches_in_order(const std::vector<size_t>& lengths,
                                                    int batch_size);

}  // namespace attnviz
