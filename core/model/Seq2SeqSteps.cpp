#include "model/Seq2SeqSteps.h"

namespace attnviz {

namespace {

std::vector<StepMap> maps_of(const DecoderStep& step) {
  const Eigen::Index n = step.source_length();
  if (!step.is_hard()) return {{"attention", MapKind::Cross, 0, 0, n, true, step.window()}};
  return {{"chosen position", MapKind::Cross, 0, 0, n, true}, {"policy", MapKind::Cross, 0, kPolicy, n, true}};
}

}  // namespace

Seq2SeqSteps::Seq2SeqSteps(DecoderStep& step, const Vector& initial_state)
    : step_(step), initial_state_(initial_state), maps_(maps_of(step)) {}

void Seq2SeqSteps::start(int lanes) {
  states_.assign(static_cast<size_t>(lanes), initial_state_);
  scratch_.assign(static_cast<size_t>(lanes), initial_state_);
  steps_.assign(static_cast<size_t>(lanes), 0);
  scratch_steps_.assign(static_cast<size_t>(lanes), 0);
}

void Seq2SeqSteps::run(int lane, int previous_token) {
  Vector& state = states_[static_cast<size_t>(lane)];
  int& step = steps_[static_cast<size_t>(lane)];
  step_.run(previous_token, state, edit_, step);
  ++step;
  state = step_.state();  // the same size: copies floats, allocates nothing
}

void Seq2SeqSteps::reorder(std::span<const int> parents) {
  for (size_t i = 0; i < parents.size(); ++i) {
    scratch_[i] = states_[static_cast<size_t>(parents[i])];
    scratch_steps_[i] = steps_[static_cast<size_t>(parents[i])];
  }
  std::swap(states_, scratch_);
  std::swap(steps_, scratch_steps_);
}

std::span<const float> Seq2SeqSteps::weights(int map) const {
  const Vector& row = map == 0 ? step_.weights() : step_.policy();
  return {row.data(), static_cast<size_t>(row.size())};
}

// Both of hard attention's maps come from the same energies.
std::span<const float> Seq2SeqSteps::scores(int) const {
  return {step_.energies().data(), static_cast<size_t>(step_.energies().size())};
}

}  // namespace attnviz
