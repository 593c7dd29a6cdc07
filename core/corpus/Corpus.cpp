#include "corpus/Corpus.h"

#include "corpus/Lexicon.h"
#include "corpus/Rng.h"
#include "corpus/SentenceGrammar.h"

#include <functional>
#include <stdexcept>
#include <string>
#include <unordered_set>

namespace attnviz {
namespace {

constexpr std::uint64_t kHeldOutOneIn = 20;

// Long sentences: statements, always coordinated, often three clauses or
// more, more relative clauses.
constexpr SentenceStyle kLongStyle{1.0, 0.8, 0.5, 0.35, false, 0.1};
constexpr SentenceStyle kLongerStyle{1.0, 1.0, 0.75, 0.35, false, 0.1};

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

bool has_held_out(const GeneratedSentence& sentence) {
  for (const std::string& combination : sentence.combinations) {
    if (is_held_out(combination)) return true;
  }
  return false;
}

std::string key_of(const SentencePair& pair) {
  std::string key;
  for (const std::string& token : pair.source) key += token + ' ';
  return key;
}

void check(const CorpusOptions& o) {
  for (int size : {o.train, o.valid, o.test, o.long_test, o.longer_test, o.novel}) {
    if (size < 0) throw std::invalid_argument("corpus split sizes must not be negative, got " + std::to_string(size));
  }
  if (!(o.long_share >= 0 && o.long_share <= 1)) {
    throw std::invalid_argument("the long share of training pairs must be in [0, 1], got " + std::to_string(o.long_share));
  }
  if (o.min_long_length < 3 || o.max_train_length < o.min_long_length || o.max_longer_length <= o.max_train_length) {
    throw std::invalid_argument("corpus lengths need 3 <= min long length <= max train length < max longer length, got " +
                                std::to_string(o.min_long_length) + ", " + std::to_string(o.max_train_length) +
                                " and " + std::to_string(o.max_longer_length));
  }
}

// Draws sentences until `count` are accepted, skipping any source already
// in some split.
class SplitFiller {
 public:
  SplitFiller(std::uint64_t seed) : rng_(seed), grammar_(Lexicon::english_french(), rng_) {}

  // `phenomena`, when given, counts the phenomena of the accepted sentences.
  std::vector<SentencePair> fill(std::string_view name, int count, const SentenceStyle& style,
                                 const std::function<bool(const GeneratedSentence&)>& accept,
                                 std::map<std::string, int>* phenomena = nullptr) {
    std::vector<SentencePair> split;
    const long long attempts = 200LL * count + 10000;
    for (long long i = 0; i < attempts && static_cast<int>(split.size()) < count; ++i) {
      GeneratedSentence sentence = grammar_.sentence(style);
      if (!accept(sentence) || !seen_.insert(key_of(sentence.pair)).second) continue;
      if (phenomena) {
        for (const std::string& phenomenon : sentence.phenomena) ++(*phenomena)[phenomenon];
      }
      split.push_back(std::move(sentence.pair));
    }
    if (static_cast<int>(split.size()) < count) {
      throw std::runtime_error("could only generate " + std::to_string(split.size()) + " of " +
                               std::to_string(count) + " distinct " + std::string(name) + " sentences");
    }
    return split;
  }

 private:
  Rng rng_;
  SentenceGrammar grammar_;
  std::unordered_set<std::string> seen_;
};

// Spreads `sparse` evenly through `dense`, so that the first N pairs of a
// training split (`train --train-pairs N`) hold long ones in proportion.
std::vector<SentencePair> interleaved(std::vector<SentencePair> dense, std::vector<SentencePair> sparse) {
  std::vector<SentencePair> out;
  out.reserve(dense.size() + sparse.size());
  size_t next = 0;
  for (size_t i = 0; i < dense.size(); ++i) {
    out.push_back(std::move(dense[i]));
    while (next < sparse.size() && next * dense.size() <= i * sparse.size()) out.push_back(std::move(sparse[next++]));
  }
  for (; next < sparse.size(); ++next) out.push_back(std::move(sparse[next]));
  return out;
}

}  // namespace

const std::vector<SentencePair>& Corpus::split(std::string_view name) const {
  if (name == "train") return train;
  if (name == "valid") return valid;
  if (name == "test") return test;
  if (name == "long") return long_test;
  if (name == "longer") return longer_test;
  if (name == "novel") return novel;
  throw std::invalid_argument("unknown corpus split '" + std::string(name) +
                              "' (expected train, valid, test, long, longer or novel)");
}

std::vector<SentencePair>& Corpus::split(std::string_view name) {
  return const_cast<std::vector<SentencePair>&>(std::as_const(*this).split(name));
}

bool is_held_out(std::string_view combination) { return fnv1a(combination) % kHeldOutOneIn == 0; }

Corpus generate_corpus(const CorpusOptions& options) {
  check(options);
  const auto length = [](const GeneratedSentence& s) { return static_cast<int>(s.pair.source.size()); };
  const auto regular = [&](const GeneratedSentence& s) {
    return length(s) <= options.max_train_length && !has_held_out(s);
  };
  const auto long_one = [&](const GeneratedSentence& s) {
    return length(s) >= options.min_long_length && length(s) <= options.max_train_length && !has_held_out(s);
  };
  const auto longer_one = [&](const GeneratedSentence& s) {
    return length(s) > options.max_train_length && length(s) <= options.max_longer_length && !has_held_out(s);
  };
  const auto novel = [&](const GeneratedSentence& s) {
    return length(s) <= options.max_train_length && has_held_out(s);
  };
  // The evaluation splits come first, so they stay the same whatever the
  // training size: a model trained on more pairs is scored on the same
  // sentences, and the app draws its examples without generating train.
  SplitFiller filler(options.seed);
  Corpus corpus;
  corpus.valid = filler.fill("valid", options.valid, SentenceStyle{}, regular);
  corpus.test = filler.fill("test", options.test, SentenceStyle{}, regular);
  corpus.long_test = filler.fill("long", options.long_test, kLongStyle, long_one);
  corpus.longer_test = filler.fill("longer", options.longer_test, kLongerStyle, longer_one);
  corpus.novel = filler.fill("novel", options.novel, SentenceStyle{}, novel);
  const int long_train = static_cast<int>(options.long_share * options.train);
  corpus.train = filler.fill("train", options.train - long_train, SentenceStyle{}, regular, &corpus.train_phenomena);
  std::vector<SentencePair> long_ones = filler.fill("long train", long_train, kLongStyle, regular, &corpus.train_phenomena);
  corpus.train = interleaved(std::move(corpus.train), std::move(long_ones));
  return corpus;
}

}  // namespace attnviz
