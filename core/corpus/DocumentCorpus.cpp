#include "corpus/DocumentCorpus.h"

#include "corpus/SentencePool.h"

#include <stdexcept>
#include <string>
#include <unordered_set>
#include <utility>

namespace attnviz {
namespace {

// The recipe rng is apart from the pool's so that a change in how many
// sentences the pool sorts does not change the recipes.
constexpr std::uint64_t kRecipeStream = 0x9e3779b97f4a7c15ull;

struct SentencePlan {
  SentenceRole role;
  int label;
};

void check(const DocumentCorpusOptions& o) {
  for (int size : {o.train, o.valid, o.test, o.longer}) {
    if (size < 0) throw std::invalid_argument("document split sizes must not be negative, got " + std::to_string(size));
  }
  if (o.min_sentences < 3 || o.max_sentences < o.min_sentences || o.max_longer_sentences <= o.max_sentences)
    throw std::invalid_argument("documents need 3 <= min sentences <= max sentences < max longer sentences, got " +
                                std::to_string(o.min_sentences) + ", " + std::to_string(o.max_sentences) + " and " +
                                std::to_string(o.max_longer_sentences));
}

int other_class(Rng& rng, int label) {
  const int count = static_cast<int>(document_classes().size());
  return (label + 1 + rng.below(count - 1)) % count;
}

SentenceRole mention(Rng& rng) { return rng.chance(0.6) ? SentenceRole::Negated : SentenceRole::Asked; }

// What each sentence of a document of `sentences` sentences about `label`
// will be, in reading order.
std::vector<SentencePlan> plan_document(Rng& rng, int label, int sentences) {
  const int evidence = sentences >= 5 && rng.chance(0.3) ? 2 : 1;
  const int decoy = other_class(rng, label);
  const int decoys = std::min(sentences - evidence, evidence + 1 + rng.below(2));
  std::vector<SentencePlan> plan(evidence, {SentenceRole::Evidence, label});
  for (int k = 0; k < decoys; ++k) plan.push_back({mention(rng), decoy});
  while (static_cast<int>(plan.size()) < sentences) {
    plan.push_back(rng.chance(0.6) ? SentencePlan{SentenceRole::Neutral, 0} : SentencePlan{mention(rng), other_class(rng, label)});
  }
  for (int i = sentences - 1; i > 0; --i) std::swap(plan[i], plan[rng.below(i + 1)]);
  return plan;
}

class DocumentWriter {
 public:
  explicit DocumentWriter(std::uint64_t seed)
      : words_(Lexicon::english_french()), pool_(seed, words_), rng_(seed ^ kRecipeStream) {}

  std::vector<LabelledDocument> split(int count, int min_sentences, int max_sentences) {
    std::vector<LabelledDocument> documents;
    while (static_cast<int>(documents.size()) < count) {
      LabelledDocument document = next(min_sentences + rng_.below(max_sentences - min_sentences + 1));
      if (seen_.insert(key_of(document)).second) documents.push_back(std::move(document));
    }
    return documents;
  }

 private:
  LabelledDocument next(int sentences) {
    LabelledDocument document;
    document.label = rng_.below(static_cast<int>(document_classes().size()));
    for (const SentencePlan& plan : plan_document(rng_, document.label, sentences)) {
      if (plan.role == SentenceRole::Evidence) add_evidence(document, pool_.draw(plan.role, plan.label));
      else document.sentences.push_back(pool_.draw(plan.role, plan.label));
    }
    return document;
  }

  void add_evidence(LabelledDocument& document, std::vector<std::string> sentence) {
    const int index = static_cast<int>(document.sentences.size());
    document.evidence_sentences.push_back(index);
    for (size_t w = 0; w < sentence.size(); ++w) {
      if (words_.class_of(sentence[w]) == document.label) document.evidence_words.push_back({index, static_cast<int>(w)});
    }
    document.sentences.push_back(std::move(sentence));
  }

  static std::string key_of(const LabelledDocument& document) {
    std::string key;
    for (const auto& sentence : document.sentences) {
      for (const std::string& token : sentence) key += token + ' ';
    }
    return key;
  }

  ClassWords words_;
  SentencePool pool_;
  Rng rng_;
  std::unordered_set<std::string> seen_;
};

}  // namespace

const std::vector<LabelledDocument>& DocumentCorpus::split(std::string_view name) const {
  if (name == "train") return train;
  if (name == "valid") return valid;
  if (name == "test") return test;
  if (name == "longer") return longer;
  throw std::invalid_argument("unknown document split '" + std::string(name) +
                              "' (expected train, valid, test or longer)");
}

DocumentCorpus generate_document_corpus(const DocumentCorpusOptions& options) {
  check(options);
  DocumentWriter writer(options.seed);
  DocumentCorpus corpus;
  corpus.valid = writer.split(options.valid, options.min_sentences, options.max_sentences);
  corpus.test = writer.split(options.test, options.min_sentences, options.max_sentences);
  corpus.longer = writer.split(options.longer, options.max_sentences + 1, options.max_longer_sentences);
  corpus.train = writer.split(options.train, options.min_sentences, options.max_sentences);
  return corpus;
}

}  // namespace attnviz
