#include "model/TransformerEncoder.h"

#include "model/LayerNorm.h"
#include "model/MultiheadAttention.h"

#include <cmath>

namespace attnviz {

RowMatrix embed(const RowMatrix& table, const RowMatrix& positions, const std::vector<int>& ids) {
  const float scale = static_cast<float>(std::sqrt(static_cast<double>(table.cols())));
  RowMatrix x(static_cast<Eigen::Index>(ids.size()), table.cols());
  for (Eigen::Index i = 0; i < x.rows(); ++i) x.row(i) = table.row(ids[static_cast<size_t>(i)]) * scale + positions.row(i);
  return x;
}

RowMatrix feed_forward(const FeedForwardWeights& w, const RowMatrix& x) {
  RowMatrix hidden = x * w.linear1_weight.transpose();
  hidden.rowwise() += w.linear1_bias.transpose();
  hidden = hidden.cwiseMax(0.0f);
  RowMatrix out = hidden * w.linear2_weight.transpose();
  out.rowwise() += w.linear2_bias.transpose();
  return out;
}

EncodedSource encode_source(const TransformerModelData& model, const RowMatrix& positions, const std::vector<int>& ids,
                            const HeadMask& mask) {
  EncodedSource encoded;
  RowMatrix x = embed(model.weights.src_embed, positions, ids);
  HeadMaps heads;
  for (size_t l = 0; l < model.weights.encoder.size(); ++l) {
    const EncoderLayerWeights& layer = model.weights.encoder[l];
    x += attend_all(layer.self_attn, model.config.heads, x, x, false, heads,
                    mask.off(MapKind::EncoderSelf, static_cast<int>(l)));
    layer_norm_rows(x, layer.norm1);
    x += feed_forward(layer.feed_forward, x);
    layer_norm_rows(x, layer.norm2);
    for (int a = 0; a < model.config.heads; ++a)
      encoded.maps.push_back(make_map(MapKind::EncoderSelf, static_cast<int>(l), a,
                                      std::move(heads.weights[static_cast<size_t>(a)]),
                                      std::move(heads.scores[static_cast<size_t>(a)])));
  }
  layer_norm_rows(x, model.weights.encoder_norm);
  encoded.memory = std::move(x);
  return encoded;
}

}  // namespace attnviz
