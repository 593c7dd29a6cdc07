#pragma once

#include "model/AttentionMechanism.h"
#include "model/ScoreFunction.h"

#include <string>

namespace attnviz {

// The `config` metadata of a model file (MODEL_SPEC.md, "The file").
struct ModelConfig {
  ScoreFunction score = ScoreFunction::Additive;
  int embed = 64;              // E
  int hidden = 64;             // H, per encoder direction; the decoder has D = 2H
  int attn = 64;               // A, used by the additive score and local-p's position network only
  AttentionMechanism mechanism = AttentionMechanism::Global;
  int window = 0;              // D of a local mechanism: attend to [p_t - D, p_t + D]; 0 for global
  std::string src_lang = "en";
  std::string tgt_lang = "fr";
  float max_len_ratio = 2.0f;  // decoding stops after floor(ratio * n) + 10 steps

  int decoder_size() const { return 2 * hidden; }
  bool is_local() const { return attnviz::is_local(mechanism); }
  bool is_hard() const { return mechanism == AttentionMechanism::Hard; }
  // The decoder GRU reads the context beside the previous word, but for hard
  // attention: its state must not depend on the chosen position, or the
  // marginal over positions would be one over every sequence of them.
  bool context_feeds_state() const { return !is_hard(); }
};

}  // namespace attnviz
