#include "decoding/AttentionEdit.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace attnviz {
namespace {

void require_position(int position, int source_length, const std::string& what) {
  if (position < 0 || position >= source_length)
    throw SteeringError(what + ": source position " + std::to_string(position) + " is out of range (the sentence has " +
                        std::to_string(source_length) + " positions, 0 to " + std::to_string(source_length - 1) +
                        ", </s> included)");
}

}  // namespace

AttentionEdit::AttentionEdit(std::vector<int> masked, std::vector<AttentionPin> pins, int source_length)
    : masked_(std::move(masked)), pins_(std::move(pins)) {
  std::sort(masked_.begin(), masked_.end());
  masked_.erase(std::unique(masked_.begin(), masked_.end()), masked_.end());
  for (int i : masked_) require_position(i, source_length, "mask");
  for (const AttentionPin& pin : pins_) {
    require_position(pin.source, source_length, "pin " + std::to_string(pin.step) + ":" + std::to_string(pin.source));
    if (pin.step < 0) throw SteeringError("pin " + std::to_string(pin.step) + ":" + std::to_string(pin.source) + ": the step is negative");
  }
  if (static_cast<int>(masked_.size()) >= source_length)
    throw SteeringError("every source position is masked: no attention row could sum to 1");
}

void AttentionEdit::apply(int step, std::span<float> row) const {
  for (const AttentionPin& pin : pins_) {
    if (pin.step != step) continue;
    std::fill(row.begin(), row.end(), 0.0f);
    row[static_cast<size_t>(pin.source)] = 1.0f;
    return;
  }
  if (masked_.empty()) return;
  for (int i : masked_) row[static_cast<size_t>(i)] = 0.0f;
  const float rest = std::accumulate(row.begin(), row.end(), 0.0f);
  if (rest > 0) {
    for (float& weight : row) weight /= rest;
    return;
  }
  // Every weight was on the masked positions (the others underflowed to 0):
  // nothing says which of the rest to prefer, so they share it evenly.
  const float even = 1.0f / static_cast<float>(row.size() - masked_.size());
  std::fill(row.begin(), row.end(), even);
  for (int i : masked_) row[static_cast<size_t>(i)] = 0.0f;
}

}  // namespace attnviz
