#pragma once
// The whole model of MODEL_SPEC.md on one mini-batch: forward with every
// cache backpropagation needs, then backward into a gradient struct of the
// same shape as the weights. One graph per worker thread; it reuses its
// buffers from batch to batch.

#include "model/ModelConfig.h"
#include "training/BatchStats.h"
#include "training/DecoderPass.h"
#include "training/EncoderPass.h"

namespace attnviz {

class Seq2SeqGraph {
 public:
  // The config names the score function and the attention mechanism.
  BatchStats forward(const Seq2SeqWeights& w, const ModelConfig& config, const TrainingBatch& batch);
  // Adds d (scale * loss) / d weights of the last forward() to grad.
  void backward(const Seq2SeqWeights& w, const TrainingBatch& batch, float scale,
                Seq2SeqWeights& grad);
  // The attention rows of the last forward(): row t * B + b is sentence b
  // at target step t, zero at padded source positions (hard: the policy).
  const RowMatrix& attention() const { return decoder_.attention().weights(); }

 private:
  EncoderPass encoder_;
  DecoderPass decoder_;
};

}  // namespace attnviz
