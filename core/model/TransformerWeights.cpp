#include "model/TransformerWeights.h"

namespace attnviz {
namespace {

using Shape = std::vector<long long>;

// The single table of tensor names and shapes (torch.nn.Transformer's
// state_dict order); the public functions differ only in what they do
// with each entry.
template <class Visit>
void visit_attention(const std::string& prefix, MultiheadAttentionWeights& w, long long d, Visit&& visit) {
  visit(prefix + ".in_proj_weight", w.in_proj_weight, Shape{3 * d, d});
  visit(prefix + ".in_proj_bias", w.in_proj_bias, Shape{3 * d});
  visit(prefix + ".out_proj.weight", w.out_proj_weight, Shape{d, d});
  visit(prefix + ".out_proj.bias", w.out_proj_bias, Shape{d});
}

template <class Visit>
void visit_feed_forward(const std::string& prefix, FeedForwardWeights& w, long long d, long long f, Visit&& visit) {
  visit(prefix + ".linear1.weight", w.linear1_weight, Shape{f, d});
  visit(prefix + ".linear1.bias", w.linear1_bias, Shape{f});
  visit(prefix + ".linear2.weight", w.linear2_weight, Shape{d, f});
  visit(prefix + ".linear2.bias", w.linear2_bias, Shape{d});
}

template <class Visit>
void visit_norm(const std::string& prefix, LayerNormWeights& w, long long d, Visit&& visit) {
  visit(prefix + ".weight", w.weight, Shape{d});
  visit(prefix + ".bias", w.bias, Shape{d});
}

template <class Visit>
void visit_tensors(TransformerWeights& w, const TransformerConfig& c, long long src_vocab, long long tgt_vocab,
                   Visit&& visit) {
  const long long d = c.d_model, f = c.ffn;
  w.encoder.resize(static_cast<size_t>(c.enc_layers));
  w.decoder.resize(static_cast<size_t>(c.dec_layers));
  visit("src_embed.weight", w.src_embed, Shape{src_vocab, d});
  visit("tgt_embed.weight", w.tgt_embed, Shape{tgt_vocab, d});
  for (size_t l = 0; l < w.encoder.size(); ++l) {
    const std::string prefix = "transformer.encoder.layers." + std::to_string(l);
    EncoderLayerWeights& layer = w.encoder[l];
    visit_attention(prefix + ".self_attn", layer.self_attn, d, visit);
    visit_feed_forward(prefix, layer.feed_forward, d, f, visit);
    visit_norm(prefix + ".norm1", layer.norm1, d, visit);
    visit_norm(prefix + ".norm2", layer.norm2, d, visit);
  }
  visit_norm("transformer.encoder.norm", w.encoder_norm, d, visit);
  for (size_t l = 0; l < w.decoder.size(); ++l) {
    const std::string prefix = "transformer.decoder.layers." + std::to_string(l);
    DecoderLayerWeights& layer = w.decoder[l];
    visit_attention(prefix + ".self_attn", layer.self_attn, d, visit);
    visit_attention(prefix + ".multihead_attn", layer.cross_attn, d, visit);
    visit_feed_forward(prefix, layer.feed_forward, d, f, visit);
    visit_norm(prefix + ".norm1", layer.norm1, d, visit);
    visit_norm(prefix + ".norm2", layer.norm2, d, visit);
    visit_norm(prefix + ".norm3", layer.norm3, d, visit);
  }
  visit_norm("transformer.decoder.norm", w.decoder_norm, d, visit);
  visit("out.weight", w.out_weight, Shape{tgt_vocab, d});
  visit("out.bias", w.out_bias, Shape{tgt_vocab});
}

void resize(RowMatrix& m, const Shape& shape) { m.setZero(shape[0], shape[1]); }
void resize(Eigen::VectorXf& v, const Shape& shape) { v.setZero(shape[0]); }

}  // namespace

std::vector<TensorRef> tensors_of(TransformerWeights& weights, const TransformerConfig& config) {
  std::vector<TensorRef> refs;
  visit_tensors(weights, config, weights.src_embed.rows(), weights.tgt_embed.rows(),
                [&](const std::string& name, auto& tensor, const Shape& shape) {
                  refs.push_back({name, shape, tensor.data()});
                });
  return refs;
}

std::vector<std::pair<std::string, std::vector<long long>>> expected_tensors(
    const TransformerConfig& config, long long src_vocab, long long tgt_vocab) {
  std::vector<std::pair<std::string, Shape>> expected;
  TransformerWeights unsized;
  visit_tensors(unsized, config, src_vocab, tgt_vocab,
                [&](const std::string& name, auto&, const Shape& shape) { expected.emplace_back(name, shape); });
  return expected;
}

TransformerWeights make_transformer_weights(const TransformerConfig& config, long long src_vocab,
                                            long long tgt_vocab) {
  TransformerWeights weights;
  visit_tensors(weights, config, src_vocab, tgt_vocab,
                [](const std::string&, auto& tensor, const Shape& shape) { resize(tensor, shape); });
  return weights;
}

}  // namespace attnviz
