#include "model/Seq2SeqModel.h"

#include "decoding/BeamSearch.h"
#include "decoding/EachSentence.h"
#include "decoding/ForcedDecoding.h"
#include "decoding/GreedySearch.h"
#include "model/BidirectionalEncoder.h"
#include "model/Seq2SeqSteps.h"

#include <cmath>
#include <stdexcept>

namespace attnviz {
namespace {

// MODEL_SPEC.md, "Tokens": floor(max_len_ratio * n) + 10 steps, n counting </s>.
int max_steps(const SourceSentence& source, const DecodeOptions& options,
              const ModelConfig& config) {
  const float ratio = options.max_len_ratio > 0 ? options.max_len_ratio : config.max_len_ratio;
  return static_cast<int>(std::floor(ratio * static_cast<float>(source.ids.size()))) + 10;
}

// Encodes one sentence and hands the ready decoder to `strategy`; every
// buffer a decode needs is sized here, before the step loop.
template <class Strategy>
Alignment decode(const Seq2SeqModelData& data, const std::vector<Token>& sentence,
                 const DecodeOptions& options, const Steering& steering, Strategy&& strategy) {
  if (!options.masked_heads.empty())
    throw std::invalid_argument("this model has one attention and no heads to switch off; head masking needs a Transformer");
  const SourceSentence source = make_source_sentence(sentence, data.src_vocab);
  const RowMatrix annotations = BidirectionalEncoder(data.weights, data.config).encode(source.ids);
  DecoderStep decoder(data.weights, data.config, annotations);
  const Vector initial_state = decoder.initial_state();
  Seq2SeqSteps steps(decoder, initial_state);
  return strategy(
      SearchInput{steps, source, data.tgt_vocab, max_steps(source, options, data.config), options, steering});
}

}  // namespace

Seq2SeqModel::Seq2SeqModel(Seq2SeqModelData data, ModelInfo info)
    : data_(std::move(data)), info_(std::move(info)) {}

Seq2SeqModel::~Seq2SeqModel() = default;

Alignment Seq2SeqModel::translate(std::string_view sentence, const DecodeOptions& options) const {
  const auto decode_one = [&](const std::vector<Token>& one, const Steering& steering) {
    return decode(data_, one, options, steering, [&](const SearchInput& input) {
      return use_beam_search(options) ? beam_search(input) : greedy_search(input);
    });
  };
  return decode_each_sentence(tokenizer_.tokenize(sentence), tokenizer_.tokenize(options.target_prefix), options,
                              decode_one);
}

Alignment Seq2SeqModel::force(std::string_view sentence, std::string_view target,
                              const DecodeOptions& options) const {
  const auto force_one = [&](const std::vector<Token>& one, const std::vector<Token>& its_target,
                             const Steering& steering) {
    return decode(data_, one, options, steering,
                  [&](const SearchInput& input) { return forced_decoding(input, its_target); });
  };
  return force_each_sentence(tokenizer_.tokenize(sentence), tokenizer_.tokenize(target), options, force_one);
}

}  // namespace attnviz
