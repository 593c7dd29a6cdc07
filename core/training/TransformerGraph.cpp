#include "training/TransformerGraph.h"

#include "model/PositionalEncoding.h"

#include <cmath>

namespace attnviz {

// x.row(t * B + b) = table.row(ids[t * B + b]) * sqrt(d) + PE[t]
void TransformerGraph::embed(const RowMatrix& table, std::span<const int> ids, int batch, RowMatrix& x) {
  const auto steps = static_cast<Eigen::Index>(ids.size()) / batch;
  if (positions_.rows() < steps || positions_.cols() != table.cols())
    positions_ = positional_encoding(static_cast<int>(steps), static_cast<int>(table.cols()));
  x.resize(static_cast<Eigen::Index>(ids.size()), table.cols());
  for (Eigen::Index r = 0; r < x.rows(); ++r)
    x.row(r) = table.row(ids[static_cast<size_t>(r)]) * embed_scale_ + positions_.row(r / batch);
}

void TransformerGraph::embed_back(const RowMatrix& dx, std::span<const int> ids, RowMatrix& dtable) const {
  for (Eigen::Index r = 0; r < dx.rows(); ++r) dtable.row(ids[static_cast<size_t>(r)]) += dx.row(r) * embed_scale_;
}

BatchStats TransformerGraph::forward(const TransformerWeights& w, const TransformerConfig& config,
                                     const TrainingBatch& batch) {
  embed_scale_ = static_cast<float>(std::sqrt(static_cast<double>(config.d_model)));
  encoder_.resize(w.encoder.size());
  decoder_.resize(w.decoder.size());
  target_steps_.assign(static_cast<size_t>(batch.size), batch.target_steps);
  const AttentionShape encoder_shape{batch.size, batch.source_steps, batch.source_steps, batch.source_lengths, false};
  const AttentionShape self_shape{batch.size, batch.target_steps, batch.target_steps, target_steps_, true};
  const AttentionShape cross_shape{batch.size, batch.target_steps, batch.source_steps, batch.source_lengths, false};

  embed(w.src_embed, batch.source, batch.size, memory_);
  for (size_t l = 0; l < encoder_.size(); ++l) encoder_[l].forward(w.encoder[l], config.heads, encoder_shape, memory_);
  encoder_norm_.forward(w.encoder_norm, memory_);
  embed(w.tgt_embed, batch.decoder_input, batch.size, decoded_);
  for (size_t l = 0; l < decoder_.size(); ++l)
    decoder_[l].forward(w.decoder[l], config.heads, self_shape, cross_shape, memory_, decoded_);
  decoder_norm_.forward(w.decoder_norm, decoded_);
  output_.forward(w, decoded_, batch.decoder_output);
  return measure_batch(batch, output_.loss(), output_.correct());
}

void TransformerGraph::backward(const TransformerWeights& w, const TransformerConfig&, const TrainingBatch& batch,
                                float scale, TransformerWeights& grad) {
  output_.backward(w, decoded_, batch.decoder_output, scale, grad, ddecoded_);
  decoder_norm_.backward(w.decoder_norm, ddecoded_, grad.decoder_norm);
  dmemory_.setZero(memory_.rows(), memory_.cols());
  for (size_t l = decoder_.size(); l-- > 0;)
    decoder_[l].backward(w.decoder[l], memory_, ddecoded_, grad.decoder[l], dmemory_);
  embed_back(ddecoded_, batch.decoder_input, grad.tgt_embed);
  encoder_norm_.backward(w.encoder_norm, dmemory_, grad.encoder_norm);
  for (size_t l = encoder_.size(); l-- > 0;) encoder_[l].backward(w.encoder[l], dmemory_, grad.encoder[l]);
  embed_back(dmemory_, batch.source, grad.src_embed);
}

RowMatrix::ConstRowsBlockXpr TransformerGraph::cross_attention(int b, int a) const {
  return decoder_.back().cross_attention().weights(b, a);
}

}  // namespace attnviz
