#include "model/TransformerSteps.h"

#include "model/LayerNorm.h"
#include "model/MultiheadAttention.h"

#include <cmath>
#include <stdexcept>

namespace attnviz {

TransformerSteps::TransformerSteps(const TransformerModelData& model, const RowMatrix& positions,
                                   const RowMatrix& memory, int max_steps, HeadMask mask)
    : model_(model), positions_(positions), heads_(model.config.heads), layers_(model.config.dec_layers),
      d_(model.config.d_model), n_(memory.rows()), max_steps_(max_steps), u_(d_), qkv_(3 * d_), query_(d_),
      context_(d_), attended_(d_), hidden_(model.config.ffn), log_probs_(model.weights.out_bias.size()),
      self_weights_(RowMatrix::Zero(layers_ * heads_, max_steps_)),
      self_scores_(RowMatrix::Zero(layers_ * heads_, max_steps_)), cross_weights_(layers_ * heads_, n_),
      cross_scores_(layers_ * heads_, n_), headline_(n_), mask_(std::move(mask)) {
  for (const DecoderLayerWeights& layer : model.weights.decoder) {
    const MultiheadAttentionWeights& w = layer.cross_attn;
    memory_keys_.push_back(memory * w.in_proj_weight.middleRows(d_, d_).transpose());
    memory_keys_.back().rowwise() += w.in_proj_bias.segment(d_, d_).transpose();
    memory_values_.push_back(memory * w.in_proj_weight.bottomRows(d_).transpose());
    memory_values_.back().rowwise() += w.in_proj_bias.tail(d_).transpose();
  }
  list_maps();
}

void TransformerSteps::list_maps() {
  const auto add = [&](MapKind kind, int layer, int head, Eigen::Index width) {
    maps_.push_back({make_map(kind, layer, head, {}).name, kind, layer, head, width, head != kMeanOverHeads});
  };
  add(MapKind::Cross, layers_ - 1, kMeanOverHeads, n_);
  for (int l = 0; l < layers_; ++l)
    for (int a = 0; a < heads_; ++a) add(MapKind::DecoderSelf, l, a, max_steps_);
  for (int l = 0; l < layers_; ++l)
    for (int a = 0; a < heads_; ++a) add(MapKind::Cross, l, a, n_);
}

TransformerSteps::Lane TransformerSteps::empty_lane() const {
  Lane lane;
  lane.keys.assign(static_cast<size_t>(layers_), RowMatrix(max_steps_, d_));
  lane.values.assign(static_cast<size_t>(layers_), RowMatrix(max_steps_, d_));
  return lane;
}

void TransformerSteps::start(int lanes) {
  lanes_.assign(static_cast<size_t>(lanes), empty_lane());
  scratch_.assign(static_cast<size_t>(lanes), empty_lane());
}

void TransformerSteps::run(int lane_index, int previous_token) {
  Lane& lane = lanes_[static_cast<size_t>(lane_index)];
  // The search's step limit keeps below this; a caller that does not must
  // not read past the cache and the positional table.
  if (lane.length >= max_steps_) throw std::length_error("decoder step beyond the model's max_positions");
  const float scale = static_cast<float>(std::sqrt(static_cast<double>(d_)));
  u_ = model_.weights.tgt_embed.row(previous_token).transpose() * scale + positions_.row(lane.length).transpose();
  for (int l = 0; l < layers_; ++l) {
    self_attention(l, lane);
    cross_attention(l, static_cast<int>(lane.length));
    feed_forward(l);
  }
  ++lane.length;
  last_length_ = lane.length;
  predict();
}

// u = LN1(u + SelfAttn(u)) over the lane's inputs so far, this one included.
void TransformerSteps::self_attention(int l, Lane& lane) {
  const DecoderLayerWeights& layer = model_.weights.decoder[static_cast<size_t>(l)];
  qkv_ = layer.self_attn.in_proj_bias;
  qkv_.noalias() += layer.self_attn.in_proj_weight * u_;
  lane.keys[static_cast<size_t>(l)].row(lane.length) = qkv_.segment(d_, d_).transpose();
  lane.values[static_cast<size_t>(l)].row(lane.length) = qkv_.tail(d_).transpose();
  attend_one(qkv_.head(d_), lane.keys[static_cast<size_t>(l)], lane.values[static_cast<size_t>(l)],
             lane.length + 1, heads_, self_weights_.middleRows(l * heads_, heads_),
             self_scores_.middleRows(l * heads_, heads_), context_);
  silence_heads(mask_.off(MapKind::DecoderSelf, l), d_ / heads_, context_);
  project_out(layer.self_attn, context_, attended_);
  u_ += attended_;
  layer_norm(u_, layer.norm1);
}

// u = LN2(u + CrossAttn(u, memory)).
void TransformerSteps::cross_attention(int l, int step) {
  const DecoderLayerWeights& layer = model_.weights.decoder[static_cast<size_t>(l)];
  query_ = layer.cross_attn.in_proj_bias.head(d_);
  query_.noalias() += layer.cross_attn.in_proj_weight.topRows(d_) * u_;
  attend_one(query_, memory_keys_[static_cast<size_t>(l)], memory_values_[static_cast<size_t>(l)], n_, heads_,
             cross_weights_.middleRows(l * heads_, heads_), cross_scores_.middleRows(l * heads_, heads_), context_);
  if (edit_ != nullptr) edit_cross_attention(l, step);
  silence_heads(mask_.off(MapKind::Cross, l), d_ / heads_, context_);
  project_out(layer.cross_attn, context_, attended_);
  u_ += attended_;
  layer_norm(u_, layer.norm2);
}

// Each head's row edited, and its share of the context computed again from
// the edited row (attend_one computed it from the model's own).
void TransformerSteps::edit_cross_attention(int l, int step) {
  const Eigen::Index dk = d_ / heads_;
  const RowMatrix& values = memory_values_[static_cast<size_t>(l)];
  for (int a = 0; a < heads_; ++a) {
    const Eigen::Index row = l * heads_ + a;
    edit_->apply(step, {&cross_weights_(row, 0), static_cast<size_t>(n_)});
    context_.segment(a * dk, dk).noalias() = values.middleCols(a * dk, dk).transpose() * cross_weights_.row(row).transpose();
  }
}

// u = LN3(u + linear2(relu(linear1(u)))).
void TransformerSteps::feed_forward(int l) {
  const FeedForwardWeights& w = model_.weights.decoder[static_cast<size_t>(l)].feed_forward;
  hidden_ = w.linear1_bias;
  hidden_.noalias() += w.linear1_weight * u_;
  hidden_ = hidden_.cwiseMax(0.0f);
  attended_ = w.linear2_bias;
  attended_.noalias() += w.linear2_weight * hidden_;
  u_ += attended_;
  layer_norm(u_, model_.weights.decoder[static_cast<size_t>(l)].norm3);
}

// log_softmax(out(decoder.norm(u))), the sum taken in double as the
// reference does, and the headline: the last layer's heads averaged.
void TransformerSteps::predict() {
  layer_norm(u_, model_.weights.decoder_norm);
  log_probs_ = model_.weights.out_bias;
  log_probs_.noalias() += model_.weights.out_weight * u_;
  const double max_logit = log_probs_.maxCoeff();
  const double log_sum = max_logit + std::log((log_probs_.cast<double>().array() - max_logit).exp().sum());
  log_probs_ = (log_probs_.cast<double>().array() - log_sum).cast<float>().matrix();
  headline_ = cross_weights_.middleRows((layers_ - 1) * heads_, heads_).colwise().sum().transpose() /
              static_cast<float>(heads_);
}

void TransformerSteps::reorder(std::span<const int> parents) {
  for (size_t i = 0; i < parents.size(); ++i) {
    const Lane& from = lanes_[static_cast<size_t>(parents[i])];
    Lane& to = scratch_[i];
    for (int l = 0; l < layers_; ++l) {
      to.keys[static_cast<size_t>(l)].topRows(from.length) = from.keys[static_cast<size_t>(l)].topRows(from.length);
      to.values[static_cast<size_t>(l)].topRows(from.length) = from.values[static_cast<size_t>(l)].topRows(from.length);
    }
    to.length = from.length;
  }
  std::swap(lanes_, scratch_);
}

std::span<const float> TransformerSteps::weights(int map) const {
  const StepMap& step_map = maps_[static_cast<size_t>(map)];
  const Eigen::Index row = step_map.layer * heads_ + step_map.head;
  if (step_map.head == kMeanOverHeads) return {headline_.data(), static_cast<size_t>(n_)};
  if (step_map.kind == MapKind::DecoderSelf) return {&self_weights_(row, 0), static_cast<size_t>(last_length_)};
  return {&cross_weights_(row, 0), static_cast<size_t>(n_)};
}

std::span<const float> TransformerSteps::scores(int map) const {
  const StepMap& step_map = maps_[static_cast<size_t>(map)];
  const Eigen::Index row = step_map.layer * heads_ + step_map.head;
  if (step_map.head == kMeanOverHeads) return {};
  if (step_map.kind == MapKind::DecoderSelf) return {&self_scores_(row, 0), static_cast<size_t>(last_length_)};
  return {&cross_scores_(row, 0), static_cast<size_t>(n_)};
}

}  // namespace attnviz
