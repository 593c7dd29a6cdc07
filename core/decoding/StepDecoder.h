#pragma once
// The one interface greedy, beam and forced decoding drive, whatever the
// model family: a decoder that advances one hypothesis by one token and
// says what it attended to on the way. The GRU (model/Seq2SeqSteps.h) and
// the Transformer (model/TransformerSteps.h) implement it; a search never
// sees their state, only lanes: hypotheses decoded side by side, which
// beam search reorders after choosing its survivors (as CTranslate2
// gathers its decoder state by beam index).

#include "alignment/AttentionMap.h"
#include "decoding/AttentionEdit.h"

#include <Eigen/Core>

#include <span>
#include <string>
#include <vector>

namespace attnviz {

// One map a step fills a row of.
struct StepMap {
  std::string name;          // as the Alignment's map is titled
  MapKind kind = MapKind::Cross;
  int layer = 0;
  int head = 0;              // or kMeanOverHeads
  Eigen::Index width = 0;    // the longest row: n (cross), or the step limit (decoder_self)
  bool has_scores = true;    // false for a mean over heads: no raw score exists for it
  int window = 0;            // local attention's D: a row attends within [p_t - D, p_t + D] only; 0: anywhere
};

class StepDecoder {
 public:
  virtual ~StepDecoder() = default;

  // What each run() fills, the headline map first. Fixed per sentence.
  virtual const std::vector<StepMap>& step_maps() const = 0;
  virtual Eigen::Index vocabulary_size() const = 0;

  // Room for `lanes` hypotheses, each at the start (nothing read yet).
  // Sizes every buffer, so that run() and reorder() allocate nothing.
  virtual void start(int lanes) = 0;
  // One step of `lane` from the token it emitted last (<s> first); the
  // lane then holds one more decoder input.
  virtual void run(int lane, int previous_token) = 0;
  // Lane i continues from where lane parents[i] is now.
  virtual void reorder(std::span<const int> parents) = 0;
  // From the next run() on, every attention over the source is edited
  // (masked, pinned) before its context is computed, at the lane's step;
  // nullptr, the default, runs the model as it is. `edit` must outlive the
  // runs. The search sets it (decoding/SinglePath.h, BeamSearch.cpp).
  virtual void set_attention_edit(const AttentionEdit* edit) = 0;

  // The last run's results, valid until the next run.
  virtual const Eigen::VectorXf& log_probs() const = 0;  // log p(y_t), [V_tgt]
  // Map `map`'s row: n weights (cross), or one per decoder input so far
  // (decoder_self); scores are empty when the map has none.
  virtual std::span<const float> weights(int map) const = 0;
  virtual std::span<const float> scores(int map) const = 0;
  // p_t, the centre of the last run's window, for a map with a window.
  virtual float window_centre() const { return 0; }
};

}  // namespace attnviz
