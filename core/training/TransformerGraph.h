#pragma once
// The whole Transformer of TRANSFORMER_SPEC.md on one mini-batch: forward
// with every cache backpropagation needs, then backward into a gradient
// struct shaped like TransformerWeights. Rows are time-major as in
// TrainingBatch (row t * B + b), so every projection, feed-forward block
// and norm is one Eigen product or pass over the whole batch. Padded
// source positions are masked as keys; padded target rows carry no loss.
// One graph per worker thread; it reuses its buffers from batch to batch.

#include "model/TransformerConfig.h"
#include "training/BatchStats.h"
#include "training/TransformerDecoderLayerPass.h"
#include "training/TransformerEncoderLayerPass.h"
#include "training/TransformerOutputPass.h"

#include <vector>

namespace attnviz {

class TransformerGraph {
 public:
  BatchStats forward(const TransformerWeights& w, const TransformerConfig& config, const TrainingBatch& batch);
  // Adds d (scale * loss) / d weights of the last forward() to grad.
  void backward(const TransformerWeights& w, const TransformerConfig& config, const TrainingBatch& batch,
                float scale, TransformerWeights& grad);
  // The last decoder layer's cross-attention of the last forward(): head a
  // of sentence b, [target steps, source steps], 0 at padded sources.
  RowMatrix::ConstRowsBlockXpr cross_attention(int b, int a) const;

 private:
  void embed(const RowMatrix& table, std::span<const int> ids, int batch, RowMatrix& x);
  void embed_back(const RowMatrix& dx, std::span<const int> ids, RowMatrix& dtable) const;

  RowMatrix positions_;  // PE, grown to the longest sequence seen
  float embed_scale_ = 1;
  std::vector<TransformerEncoderLayerPass> encoder_;
  std::vector<TransformerDecoderLayerPass> decoder_;
  LayerNormPass encoder_norm_, decoder_norm_;
  TransformerOutputPass output_;
  std::vector<int> target_steps_;  // [B] every sentence's full decoder-input length (causality masks the rest)
  RowMatrix memory_, decoded_;     // encoder output; decoder output z
  RowMatrix dmemory_, ddecoded_;
};

}  // namespace attnviz
