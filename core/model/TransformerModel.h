#pragma once
// The encoder-decoder Transformer of TRANSFORMER_SPEC.md (torch.nn.Transformer,
// post-norm, ReLU), decoded greedily, by beam search or forced onto a
// target by the same strategies as the GRU (decoding/StepDecoder.h).
//
// Basic usage:
//   std::unique_ptr<attnviz::AttentionModel> model = attnviz::load_model("transformer.safetensors");
//   attnviz::Alignment a = model->translate("the red car", {});
//   a.primary();  // last decoder layer's cross-attention, mean over heads: [target x source]
//   a.maps;       // then encoder_self, decoder_self and cross, per layer and head,
//                 // then the rollouts of cross and encoder_self (alignment/AttentionRollout.h)
//
// A source longer than max_positions (</s> counted), or a forced target
// longer than it (</s> counted), is refused with std::length_error; a
// decode stops at max_positions steps at the latest.

#include "model/AttentionModel.h"
#include "model/TransformerFile.h"
#include "tokens/Tokenizer.h"

namespace attnviz {

class TransformerModel final : public AttentionModel {
 public:
  TransformerModel(TransformerModelData data, ModelInfo info);
  ~TransformerModel() override;

  const ModelInfo& info() const override { return info_; }
  const Vocabulary& source_vocabulary() const override { return data_.src_vocab; }
  const Vocabulary& target_vocabulary() const override { return data_.tgt_vocab; }
  const TransformerConfig& config() const { return data_.config; }
  const TransformerModelData& data() const { return data_; }
  const RowMatrix& positions() const { return positions_; }

  Alignment translate(std::string_view sentence, const DecodeOptions& options) const override;
  Alignment force(std::string_view sentence, std::string_view target,
                  const DecodeOptions& options) const override;

 private:
  TransformerModelData data_;
  ModelInfo info_;
  Tokenizer tokenizer_;
  RowMatrix positions_;  // PE, [max_positions, d]
};

}  // namespace attnviz
