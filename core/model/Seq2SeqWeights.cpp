#include "model/Seq2SeqWeights.h"

#include <functional>

namespace attnviz {
namespace {

using Shape = std::vector<long long>;

// The single table of tensor names and shapes; the three public functions
// below differ only in what they do with each entry.
template <class Visit>
void visit_gru(const std::string& prefix, const std::string& suffix, GruWeights& gru,
               long long input, long long hidden, Visit&& visit) {
  visit(prefix + ".weight_ih" + suffix, gru.weight_ih, Shape{3 * hidden, input});
  visit(prefix + ".weight_hh" + suffix, gru.weight_hh, Shape{3 * hidden, hidden});
  visit(prefix + ".bias_ih" + suffix, gru.bias_ih, Shape{3 * hidden});
  visit(prefix + ".bias_hh" + suffix, gru.bias_hh, Shape{3 * hidden});
}

template <class Visit>
void visit_tensors(Seq2SeqWeights& w, const ModelConfig& c, long long src_vocab,
                   long long tgt_vocab, Visit&& visit) {
  const long long E = c.embed, H = c.hidden, D = 2 * c.hidden, A = c.attn;
  visit("encoder.embedding.weight", w.encoder_embedding, Shape{src_vocab, E});
  visit_gru("encoder.rnn", "_l0", w.encoder_forward, E, H, visit);
  visit_gru("encoder.rnn", "_l0_reverse", w.encoder_backward, E, H, visit);
  visit("decoder.embedding.weight", w.decoder_embedding, Shape{tgt_vocab, E});
  visit("decoder.init.weight", w.init_weight, Shape{D, 2 * H});
  visit("decoder.init.bias", w.init_bias, Shape{D});
  // Hard attention's GRU reads the previous word only (ModelConfig::context_feeds_state).
  visit_gru("decoder.rnn", "", w.decoder_rnn, c.context_feeds_state() ? E + 2 * H : E, D, visit);
  visit("decoder.combine.weight", w.combine_weight, Shape{D, D + 2 * H + E});
  visit("decoder.combine.bias", w.combine_bias, Shape{D});
  visit("decoder.out.weight", w.out_weight, Shape{tgt_vocab, D});
  visit("decoder.out.bias", w.out_bias, Shape{tgt_vocab});
  switch (c.score) {
    case ScoreFunction::Dot:
    case ScoreFunction::ScaledDot:
      break;
    case ScoreFunction::General:
      visit("attention.W", w.attention_W, Shape{D, 2 * H});
      break;
    case ScoreFunction::Additive:
      visit("attention.query.weight", w.attention_query, Shape{A, D});
      visit("attention.key.weight", w.attention_key, Shape{A, 2 * H});
      visit("attention.bias", w.attention_bias, Shape{A});
      visit("attention.v", w.attention_v, Shape{A});
      break;
    case ScoreFunction::Cosine:
      visit("attention.gamma", w.attention_gamma, Shape{1});
      break;
  }
  if (c.mechanism == AttentionMechanism::LocalPredicted) {
    visit("attention.position.weight", w.position_weight, Shape{A, D});
    visit("attention.position_v", w.position_v, Shape{A});
  }
}

void resize(RowMatrix& m, const Shape& shape) { m.setZero(shape[0], shape[1]); }
void resize(Vector& v, const Shape& shape) { v.setZero(shape[0]); }

}  // namespace

std::vector<TensorRef> tensors_of(Seq2SeqWeights& weights, const ModelConfig& config) {
  std::vector<TensorRef> refs;
  const long long src_vocab = weights.encoder_embedding.rows();
  const long long tgt_vocab = weights.decoder_embedding.rows();
  visit_tensors(weights, config, src_vocab, tgt_vocab,
                [&](const std::string& name, auto& tensor, const Shape& shape) {
                  refs.push_back({name, shape, tensor.data()});
                });
  return refs;
}

std::vector<std::pair<std::string, std::vector<long long>>> expected_tensors(
    const ModelConfig& config, long long src_vocab, long long tgt_vocab) {
  std::vector<std::pair<std::string, Shape>> expected;
  Seq2SeqWeights unsized;
  visit_tensors(unsized, config, src_vocab, tgt_vocab,
                [&](const std::string& name, auto&, const Shape& shape) {
                  expected.emplace_back(name, shape);
                });
  return expected;
}

Seq2SeqWeights make_weights(const ModelConfig& config, long long src_vocab, long long tgt_vocab) {
  Seq2SeqWeights weights;
  visit_tensors(weights, config, src_vocab, tgt_vocab,
                [](const std::string&, auto& tensor, const Shape& shape) { resize(tensor, shape); });
  return weights;
}

}  // namespace attnviz
