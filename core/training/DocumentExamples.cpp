#include "training/DocumentExamples.h"

#include <algorithm>
#include <map>

namespace attnviz {

Vocabulary build_document_vocabulary(const std::vector<LabelledDocument>& documents) {
  std::map<std::string, long long> counts;
  for (const LabelledDocument& document : documents)
    for (const auto& sentence : document.sentences)
      for (const std::string& word : sentence) ++counts[word];
  std::vector<std::pair<std::string, long long>> words(counts.begin(), counts.end());
  std::stable_sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> tokens = {"<pad>", "<unk>", "<s>", "</s>"};
  for (const auto& word : words) tokens.push_back(word.first);
  return Vocabulary(std::move(tokens));
}

std::vector<DocumentIds> to_document_ids(const std::vector<LabelledDocument>& documents, const Vocabulary& vocab) {
  std::vector<DocumentIds> out;
  out.reserve(documents.size());
  for (const LabelledDocument& document : documents) {
    DocumentIds ids;
    ids.label = document.label;
    for (const auto& sentence : document.sentences) {
      ids.sentences.emplace_back();
      for (const std::string& word : sentence) ids.sentences.back().push_back(vocab.id(word));
    }
    out.push_back(std::move(ids));
  }
  return out;
}

DocumentBatch make_document_batch(const std::vector<DocumentIds>& documents, std::span<const int> indices) {
  DocumentBatch batch;
  for (int i : indices) batch.documents.push_back(documents[static_cast<size_t>(i)]);
  return batch;
}

size_t document_length(const DocumentIds& document) {
  size_t words = 0;
  for (const auto& sentence : document.sentences) words += sentence.size();
  return words;
}

}  // namespace attnviz
