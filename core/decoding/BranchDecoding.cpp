#include "decoding/BranchDecoding.h"

#include "alignment/EndOfSentence.h"
#include "tokens/Tokenizer.h"

#include <algorithm>
#include <stdexcept>

namespace attnviz {
namespace {

// The tokens without the </s> each sentence of a joined text carries.
std::vector<std::string> words_of(const std::vector<std::string>& tokens, size_t count) {
  std::vector<std::string> words;
  for (size_t i = 0; i < count && i < tokens.size(); ++i)
    if (tokens[i] != kEndOfSentence) words.push_back(tokens[i]);
  return words;
}

// The source words of sentence `index` (0-based) of a joined text: those
// between its </s> and the one before.
std::vector<std::string> source_sentence(const Alignment& shown, long index) {
  std::vector<std::string> words;
  long sentence = 0;
  for (const std::string& token : shown.source_tokens) {
    if (token == kEndOfSentence) ++sentence;
    else if (sentence == index) words.push_back(token);
  }
  return words;
}

}  // namespace

std::string source_text(const Alignment& shown) {
  return join_tokens(words_of(shown.source_tokens, shown.source_tokens.size()));
}

Alignment decode_what_if(const AttentionModel& model, const Alignment& shown, const BranchRequest& request) {
  DecodeOptions options;
  options.beam_width = shown.beam_width;
  options.mask_source = request.mask_source;
  options.pins = request.pins;
  options.masked_heads = request.masked_heads;
  if (shown.mode == DecodeMode::Forced) {
    if (!request.prefix.empty())
      throw std::invalid_argument("a forced translation keeps its reference: no other word can be chosen in it");
    return model.force(source_text(shown), join_tokens(words_of(shown.target_tokens, shown.target_tokens.size())), options);
  }
  options.target_prefix = join_tokens(request.prefix);
  return model.translate(source_text(shown), options);
}

std::vector<std::string> branch_prefix(const Alignment& shown, int row, const std::string& token) {
  std::vector<std::string> prefix = words_of(shown.target_tokens, static_cast<size_t>(std::max(row, 0)));
  prefix.push_back(token);
  return prefix;
}

Alignment decode_branch(const AttentionModel& model, const Alignment& shown, int row, const std::string& token) {
  return decode_what_if(model, shown, {.prefix = branch_prefix(shown, row, token)});
}

Alignment decode_beam_node(const AttentionModel& model, const Alignment& shown, int node) {
  if (!shown.beam_tree) throw std::out_of_range("this result has no beam tree (beam width 1, or not recorded)");
  const BeamTree& tree = *shown.beam_tree;
  const std::vector<int> path = hypothesis_path(tree, node);
  std::vector<std::string> tokens = hypothesis_tokens(tree, node);
  const size_t first_row = static_cast<size_t>(std::max(tree.nodes[static_cast<size_t>(path.front())].step, 0));
  if (tokens.back() == kEndOfSentence) {
    tokens.pop_back();
    const auto rows_before = shown.target_tokens.begin() + static_cast<long>(std::min(first_row, shown.target_tokens.size()));
    const long sentence = std::count(shown.target_tokens.begin(), rows_before, std::string(kEndOfSentence));
    DecodeOptions options;
    return model.force(join_tokens(source_sentence(shown, sentence)), join_tokens(tokens), options);
  }
  std::vector<std::string> prefix = words_of(shown.target_tokens, first_row);
  prefix.insert(prefix.end(), tokens.begin(), tokens.end());
  return decode_what_if(model, shown, {.prefix = prefix});
}

}  // namespace attnviz
