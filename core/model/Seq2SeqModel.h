#pragma once
// The attention seq2seq model of MODEL_SPEC.md: a bidirectional GRU
// encoder, one of five score functions, and a GRU decoder whose query is
// the previous decoder state.

#include "model/AttentionModel.h"
#include "model/ModelFile.h"
#include "tokens/Tokenizer.h"

namespace attnviz {

class Seq2SeqModel final : public AttentionModel {
 public:
  Seq2SeqModel(Seq2SeqModelData data, ModelInfo info);
  ~Seq2SeqModel() override;

  const ModelInfo& info() const override { return info_; }
  const Vocabulary& source_vocabulary() const override { return data_.src_vocab; }
  const Vocabulary& target_vocabulary() const override { return data_.tgt_vocab; }
  const ModelConfig& config() const { return data_.config; }
  const Seq2SeqWeights& weights() const { return data_.weights; }

  Alignment translate(std::string_view sentence, const DecodeOptions& options) const override;
  Alignment force(std::string_view sentence, std::string_view target,
                  const DecodeOptions& options) const override;

 private:
  Seq2SeqModelData data_;
  ModelInfo info_;
  Tokenizer tokenizer_;
};

}  // namespace attnviz
