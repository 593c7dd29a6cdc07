#include "model/Seq2SeqSteps.h"

namespace attnviz {

Seq2SeqSteps::Seq2SeqSteps(DecoderStep& step, const Vector& initial_state)
    : step_(step), initial_state_(initial_state),
      maps_{{"attention", MapKind::Cross, 0, 0, step.source_length(), true, step.window()}} {}

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

std::span<const float> Seq2SeqSteps::weights(int) const {
  return {step_.weights().data(), static_cast<size_t>(step_.weights().size())};
}

std::span<const float> Seq2SeqSteps::scores(int) const {
  return {step_.energies().data(), static_cast<size_t>(step_.energies().size())};
}

}  // namespace attnviz
