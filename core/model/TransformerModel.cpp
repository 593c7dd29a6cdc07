#include "model/TransformerModel.h"

#include "alignment/AttentionRollout.h"
#include "decoding/BeamSearch.h"
#include "decoding/EachSentence.h"
#include "decoding/ForcedDecoding.h"
#include "decoding/GreedySearch.h"
#include "model/PositionalEncoding.h"
#include "model/TransformerEncoder.h"
#include "model/TransformerSteps.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <stdexcept>

namespace attnviz {
namespace {

// TRANSFORMER_SPEC.md: floor(max_len_ratio * n) + 10 steps, and never a
// decoder input beyond the positional table.
int max_steps(const SourceSentence& source, const DecodeOptions& options, const TransformerConfig& config) {
  const float ratio = options.max_len_ratio > 0 ? options.max_len_ratio : config.max_len_ratio;
  const int steps = static_cast<int>(std::floor(ratio * static_cast<float>(source.ids.size()))) + 10;
  return std::min(steps, config.max_positions);
}

void require_within_positions(size_t length, const char* what, const TransformerConfig& config) {
  if (length > static_cast<size_t>(config.max_positions))
    throw std::length_error(std::string(what) + " has " + std::to_string(length) +
                            " tokens with </s>; this Transformer reads at most " +
                            std::to_string(config.max_positions) + " (its max_positions)");
}

// Encodes the sentence, decodes with `strategy` over at most `steps` steps,
// and puts the encoder's maps after the headline, before the decoder's.
template <class Strategy>
Alignment decode(const TransformerModelData& data, const RowMatrix& positions, const SourceSentence& source,
                 int steps, const DecodeOptions& options, const Steering& steering, Strategy&& strategy) {
  const HeadMask mask(options.masked_heads, data.config);
  EncodedSource encoded = encode_source(data, positions, source.ids, mask);
  TransformerSteps decoder(data, positions, encoded.memory, steps, mask);
  Alignment alignment = strategy(SearchInput{decoder, source, data.tgt_vocab, steps, options, steering});
  alignment.maps.insert(alignment.maps.begin() + 1, std::make_move_iterator(encoded.maps.begin()),
                        std::make_move_iterator(encoded.maps.end()));
  add_rollouts(alignment);
  return alignment;
}

}  // namespace

TransformerModel::TransformerModel(TransformerModelData data, ModelInfo info)
    : data_(std::move(data)), info_(std::move(info)),
      positions_(positional_encoding(data_.config.max_positions, data_.config.d_model)) {}

TransformerModel::~TransformerModel() = default;

// Sentence by sentence, as the GRU (decoding/EachSentence.h): each sentence
// is checked against max_positions on its own.
Alignment TransformerModel::translate(std::string_view sentence, const DecodeOptions& options) const {
  const auto decode_one = [&](const std::vector<Token>& one, const Steering& steering) {
    const SourceSentence source = make_source_sentence(one, data_.src_vocab);
    require_within_positions(source.ids.size(), "the sentence", data_.config);
    return decode(data_, positions_, source, max_steps(source, options, data_.config), options, steering,
                  [&](const SearchInput& input) {
                    return use_beam_search(options) ? beam_search(input) : greedy_search(input);
                  });
  };
  return decode_each_sentence(tokenizer_.tokenize(sentence), tokenizer_.tokenize(options.target_prefix), options,
                              decode_one);
}

Alignment TransformerModel::force(std::string_view sentence, std::string_view target,
                                  const DecodeOptions& options) const {
  const auto force_one = [&](const std::vector<Token>& one, const std::vector<Token>& its_target,
                             const Steering& steering) {
    const SourceSentence source = make_source_sentence(one, data_.src_vocab);
    require_within_positions(source.ids.size(), "the sentence", data_.config);
    require_within_positions(its_target.size() + 1, "the target", data_.config);
    return decode(data_, positions_, source, static_cast<int>(its_target.size()) + 1, options, steering,
                  [&](const SearchInput& input) { return forced_decoding(input, its_target); });
  };
  return force_each_sentence(tokenizer_.tokenize(sentence), tokenizer_.tokenize(target), options, force_one);
}

}  // namespace attnviz
