#include "model/HeadMask.h"

#include <charconv>
#include <optional>
#include <stdexcept>

namespace attnviz {
namespace {

int layers_of(MapKind kind, const TransformerConfig& config) {
  return kind == MapKind::EncoderSelf ? config.enc_layers : config.dec_layers;
}

}  // namespace

std::string to_string(const HeadRef& head) {
  return std::string(to_string(head.kind)) + ":" + std::to_string(head.layer) + ":" + std::to_string(head.head);
}

HeadRef parse_head_ref(std::string_view text) {
  const size_t first = text.find(':'), second = first == std::string_view::npos ? first : text.find(':', first + 1);
  const std::optional<MapKind> kind = parse_map_kind(text.substr(0, first));
  HeadRef head;
  const auto count = [&](std::string_view digits, int& value) {
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return error == std::errc() && end == digits.data() + digits.size() && value >= 0;
  };
  if (second == std::string_view::npos || !kind || !count(text.substr(first + 1, second - first - 1), head.layer) ||
      !count(text.substr(second + 1), head.head))
    throw std::invalid_argument("head '" + std::string(text) +
                                "': expected KIND:LAYER:HEAD, KIND one of cross, encoder_self, decoder_self, "
                                "LAYER and HEAD counted from 0 (e.g. cross:1:0)");
  head.kind = *kind;
  return head;
}

HeadMask::HeadMask(const std::vector<HeadRef>& heads, const TransformerConfig& config)
    : heads_(config.heads), enc_layers_(config.enc_layers), dec_layers_(config.dec_layers) {
  if (heads.empty()) return;
  flags_.assign(static_cast<size_t>((enc_layers_ + 2 * dec_layers_) * heads_), 0);
  for (const HeadRef& head : heads) {
    const int layers = layers_of(head.kind, config);
    if (head.layer < 0 || head.layer >= layers || head.head < 0 || head.head >= heads_)
      throw std::invalid_argument("no head " + to_string(head) + " in this Transformer (" + std::to_string(layers) +
                                  " " + to_string(head.kind) + " layers of " + std::to_string(heads_) +
                                  " heads, counted from 0)");
    flags_[first_flag(head.kind, head.layer) + static_cast<size_t>(head.head)] = 1;
  }
}

size_t HeadMask::first_flag(MapKind kind, int layer) const {
  int block = layer;
  if (kind != MapKind::EncoderSelf) block += enc_layers_;
  if (kind == MapKind::Cross) block += dec_layers_;
  return static_cast<size_t>(block * heads_);
}

void silence_heads(std::span<const char> off, Eigen::Index head_size, RowMatrix& context) {
  for (size_t a = 0; a < off.size(); ++a)
    if (off[a]) context.middleCols(static_cast<Eigen::Index>(a) * head_size, head_size).setZero();
}

void silence_heads(std::span<const char> off, Eigen::Index head_size, Eigen::VectorXf& context) {
  for (size_t a = 0; a < off.size(); ++a)
    if (off[a]) context.segment(static_cast<Eigen::Index>(a) * head_size, head_size).setZero();
}

std::span<const char> HeadMask::off(MapKind kind, int layer) const {
  if (flags_.empty()) return {};
  return {flags_.data() + first_flag(kind, layer), static_cast<size_t>(heads_)};
}

}  // namespace attnviz
