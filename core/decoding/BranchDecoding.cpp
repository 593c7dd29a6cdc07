#include "decoding/BranchDecoding.h"

#include "alignment/EndOfSentence.h"
#include "tokens/Tokenizer.h"

namespace attnviz {
namespace {

// The tokens without the </s> each sentence of a joined text carries.
std::vector<std::string> words_of(const std::vector<std::string>& tokens, size_t count) {
  std::vector<std::string> words;
  for (size_t i = 0; i < count && i < tokens.size(); ++i)
    if (tokens[i] != kEndOfSentence) words.push_back(tokens[i]);
  return words;
}

}  // namespace

Alignment decode_branch(const AttentionModel& model, const Alignment& shown, int row, const std::string& token) {
  std::vector<std::string> prefix = words_of(shown.target_tokens, static_cast<size_t>(row));
  prefix.push_back(token);
  DecodeOptions options;
  options.beam_width = shown.beam_width;
  options.target_prefix = join_tokens(prefix);
  const std::vector<std::string> source = words_of(shown.source_tokens, shown.source_tokens.size());
  return model.translate(join_tokens(source), options);
}

}  // namespace attnviz
