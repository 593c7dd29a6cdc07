#pragma once
// The one interface between a model and everything that shows it.
//
// Basic usage:
//   std::unique_ptr<attnviz::AttentionModel> model =
//       attnviz::load_model("resources/models/additive.safetensors");
//   attnviz::Alignment a = model->translate("the red car", {});
//   a.translation;             // "la voiture rouge"
//   a.primary().weights;       // [target steps x source tokens], rows sum to 1
//   attnviz::Alignment f = model->force("the red car", "la voiture rouge");
//
// Implementations are immutable after loading, so one model may serve
// several threads at once (each call sizes its own buffers).

#include "alignment/Alignment.h"
#include "decoding/DecodeOptions.h"
#include "model/ModelInfo.h"
#include "tokens/Vocabulary.h"

#include <string_view>

namespace attnviz {

class AttentionModel {
 public:
  virtual ~AttentionModel() = default;

  virtual const ModelInfo& info() const = 0;
  virtual const Vocabulary& source_vocabulary() const = 0;
  virtual const Vocabulary& target_vocabulary() const = 0;

  // Greedy (beam_width 1) or beam search.
  virtual Alignment translate(std::string_view sentence, const DecodeOptions& options) const = 0;
  // Teacher forcing: how the model aligns the sentence with a given target.
  virtual Alignment force(std::string_view sentence, std::string_view target,
                          const DecodeOptions& options) const = 0;
};

}  // namespace attnviz
