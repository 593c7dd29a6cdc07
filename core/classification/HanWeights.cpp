#include "classification/HanWeights.h"

namespace attnviz {
namespace {

// One call per tensor: its name, where it lives and its shape. tensors_of,
// expected_tensors and make_han_weights all walk this one list, so they
// cannot disagree.
using Shape = std::vector<long long>;

struct Sizes {
  long long V, C, E, Hw, Hs;
};

template <class Visit>
void visit_gru(const std::string& prefix, const std::string& suffix, GruWeights& g, long long input, long long hidden,
               Visit&& visit) {
  visit(prefix + ".weight_ih_l0" + suffix, g.weight_ih, Shape{3 * hidden, input});
  visit(prefix + ".weight_hh_l0" + suffix, g.weight_hh, Shape{3 * hidden, hidden});
  visit(prefix + ".bias_ih_l0" + suffix, g.bias_ih, Shape{3 * hidden});
  visit(prefix + ".bias_hh_l0" + suffix, g.bias_hh, Shape{3 * hidden});
}

template <class Visit>
void visit_attention(const std::string& level, ContextAttentionWeights& a, long long size, Visit&& visit) {
  visit(level + "_attention.weight", a.weight, Shape{size, size});
  visit(level + "_attention.bias", a.bias, Shape{size});
  visit(level + "_context", a.context, Shape{size});
}

template <class Visit>
void visit_tensors(HanWeights& w, const Sizes& s, Visit&& visit) {
  visit("embedding.weight", w.embedding, Shape{s.V, s.E});
  visit_gru("word_rnn", "", w.word_forward, s.E, s.Hw, visit);
  visit_gru("word_rnn", "_reverse", w.word_backward, s.E, s.Hw, visit);
  visit_attention("word", w.word_attention, 2 * s.Hw, visit);
  visit_gru("sentence_rnn", "", w.sentence_forward, 2 * s.Hw, s.Hs, visit);
  visit_gru("sentence_rnn", "_reverse", w.sentence_backward, 2 * s.Hw, s.Hs, visit);
  visit_attention("sentence", w.sentence_attention, 2 * s.Hs, visit);
  visit("classifier.weight", w.classifier_weight, Shape{s.C, 2 * s.Hs});
  visit("classifier.bias", w.classifier_bias, Shape{s.C});
}

Sizes sizes_of(const HanConfig& config, long long vocab, long long classes) {
  return {vocab, classes, config.embed, config.word_hidden, config.sentence_hidden};
}

void resize(RowMatrix& m, const Shape& shape) { m.setZero(shape[0], shape[1]); }
void resize(Vector& v, const Shape& shape) { v.setZero(shape[0]); }

}  // namespace

std::vector<TensorRef> tensors_of(HanWeights& weights, const HanConfig& config) {
  std::vector<TensorRef> tensors;
  visit_tensors(weights, sizes_of(config, weights.embedding.rows(), weights.classifier_weight.rows()),
                [&](const std::string& name, auto& tensor, const Shape& shape) {
                  tensors.push_back({name, shape, tensor.data()});
                });
  return tensors;
}

std::vector<std::pair<std::string, std::vector<long long>>> expected_tensors(const HanConfig& config,
                                                                             long long vocab, long long classes) {
  std::vector<std::pair<std::string, Shape>> expected;
  HanWeights unsized;
  visit_tensors(unsized, sizes_of(config, vocab, classes),
                [&](const std::string& name, auto&, const Shape& shape) { expected.emplace_back(name, shape); });
  return expected;
}

HanWeights make_han_weights(const HanConfig& config, long long vocab, long long classes) {
  HanWeights weights;
  visit_tensors(weights, sizes_of(config, vocab, classes),
                [](const std::string&, auto& tensor, const Shape& shape) { resize(tensor, shape); });
  return weights;
}

}  // namespace attnviz
