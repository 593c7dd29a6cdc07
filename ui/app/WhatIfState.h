#pragma once
// What a pane's "what if" changed (issue 16) and the model's own result to
// go back to: another word forced at a step, source words masked out of
// the attention, steps pinned to a word, or a hypothesis of the beam tree.
// Every change decodes through core (decoding/BranchDecoding.h) from the
// model's own result, so masks and pins stay while the user tries another
// word; a change the engine refuses throws and leaves the state as it was.

#include "decoding/BranchDecoding.h"
#include "view/CellOverlay.h"

#include <QString>

#include <optional>

namespace attnviz::ui {

class WhatIfState {
 public:
  bool active() const { return own_.has_value(); }
  // The model's own result; only while active().
  const Alignment& own() const { return *own_; }
  const BranchRequest& request() const { return request_; }
  std::optional<int> beamNode() const { return node_; }

  // Each returns the branch to show. `shown` is what the pane shows now:
  // the model's own result when no what-if is active.
  Alignment choose(const AttentionModel& model, const Alignment& shown, int row, const std::string& token);
  // Masks source position `source` (0-based, as Alignment::source_tokens),
  // or unmasks it when masked already.
  Alignment toggleMask(const AttentionModel& model, const Alignment& shown, int source);
  // Pins step `step` to `source`, replacing a pin of that step; the same
  // pin again removes it.
  Alignment togglePin(const AttentionModel& model, const Alignment& shown, AttentionPin pin);
  Alignment showBeamNode(const AttentionModel& model, const Alignment& shown, int node);
  // Decodes with exactly `heads` switched off (a Transformer's; none: the
  // other changes alone).
  Alignment switchHeadsOff(const AttentionModel& model, const Alignment& shown, std::vector<HeadRef> heads);
  // Ends the what-if and gives back the model's own result.
  Alignment takeOwn();
  void reset();

  // Masked words (hatched columns) and pinned steps (cells) on a heatmap
  // whose column c shows source position positions[c].
  CellMarks interventionMarks(const std::vector<Eigen::Index>& positions) const;
  // "“lampe” at step 2 (was “voiture”) · “car” masked", for the pane.
  QString description() const;

 private:
  struct Choice {
    int row;
    std::string chosen, was;
  };
  Alignment decode(const AttentionModel& model, const Alignment& shown, const BranchRequest& request);
  QString sourceWord(int source) const;
  QStringList interventionNotes() const;

  std::optional<Alignment> own_;
  BranchRequest request_;
  std::optional<Choice> choice_;
  std::optional<int> node_;
};

}  // namespace attnviz::ui
