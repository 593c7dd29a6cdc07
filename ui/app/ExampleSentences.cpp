#include "app/ExampleSentences.h"

#include "corpus/Corpus.h"
#include "corpus/CorpusFiles.h"

#include <cstdlib>
#include <exception>

namespace attnviz::ui {

void ExampleSentences::load() {
  loaded_ = true;
  try {
    const char* folder = std::getenv("ATTNVIZ_CORPUS_DIR");
    CorpusOptions held_out;
    held_out.train = 0;  // the test split is the same without train (Corpus.h), and quick to draw
    pairs_ = folder ? read_split(folder, "test") : generate_corpus(held_out).test;
  } catch (const std::exception& failure) {
    pairs_.clear();
    error_ = failure.what();
  }
}

std::optional<SentencePair> ExampleSentences::random() {
  if (!loaded_) load();
  if (pairs_.empty()) return std::nullopt;
  std::uniform_int_distribution<size_t> pick(0, pairs_.size() - 1);
  return pairs_[pick(rng_)];
}

std::string joined(const std::vector<std::string>& tokens) {
  std::string text;
  for (const std::string& token : tokens) text += (text.empty() ? "" : " ") + token;
  return text;
}

}  // namespace attnviz::ui
