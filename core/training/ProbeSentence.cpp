#include "training/ProbeSentence.h"

#include "tokens/Tokenizer.h"

#include <stdexcept>

namespace attnviz {
namespace {

std::vector<std::string> token_texts(const std::string& sentence) {
  std::vector<std::string> texts;
  for (const Token& token : Tokenizer().tokenize(sentence)) texts.push_back(token.text);
  return texts;
}

std::string corpus_translation(const std::vector<std::string>& source, const Corpus& corpus) {
  for (std::string_view split : kSplitNames)
    for (const SentencePair& pair : corpus.split(split))
      if (pair.source == source) return join_tokens(pair.target);
  return "";
}

}  // namespace

ProbeSentence make_probe(const std::string& source, const std::string& target, const Corpus& corpus) {
  const std::vector<std::string> tokens = token_texts(source);
  if (tokens.empty()) throw std::invalid_argument("the probe sentence is empty");
  if (!target.empty()) {
    if (token_texts(target).empty()) throw std::invalid_argument("the probe's target is empty");
    return {source, target};
  }
  return {source, corpus_translation(tokens, corpus)};
}

}  // namespace attnviz
