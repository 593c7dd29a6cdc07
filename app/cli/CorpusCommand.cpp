// attnviz-cli corpus: writes the generated parallel corpus with its gold
// alignments, one .tsv and one .align file per split.
#include "Commands.h"
#include "DocumentCorpusWriter.h"

#include "corpus/CorpusFiles.h"

#include <iomanip>
#include <iostream>
#include <memory>
#include <set>

namespace attnviz::cli {
namespace {

struct CorpusCommandOptions {
  std::string out;
  std::string task = "translate";
  CorpusOptions corpus;
};

// The document corpus takes the seed and, when given, the sizes of the
// splits the two corpora share; its own defaults otherwise.
DocumentCorpusOptions document_options(const CLI::App& command, const CorpusOptions& c) {
  DocumentCorpusOptions options;
  options.seed = c.seed;
  if (command.count("--train") > 0) options.train = c.train;
  if (command.count("--valid") > 0) options.valid = c.valid;
  if (command.count("--test") > 0) options.test = c.test;
  if (command.count("--longer") > 0) options.longer = c.longer_test;
  return options;
}

double mean_length(const std::vector<SentencePair>& pairs, bool source) {
  if (pairs.empty()) return 0;
  size_t total = 0;
  for (const SentencePair& pair : pairs) total += (source ? pair.source : pair.target).size();
  return static_cast<double>(total) / static_cast<double>(pairs.size());
}

size_t max_length(const std::vector<SentencePair>& pairs) {
  size_t longest = 0;
  for (const SentencePair& pair : pairs) longest = std::max(longest, pair.source.size());
  return longest;
}

void print_splits(const Corpus& corpus) {
  std::cout << std::left << std::setw(8) << "SPLIT" << std::setw(8) << "PAIRS" << std::setw(9) << "MEAN EN"
            << std::setw(9) << "MEAN FR" << "MAX EN\n" << std::fixed << std::setprecision(1);
  for (std::string_view name : kSplitNames) {
    const auto& pairs = corpus.split(name);
    std::cout << std::setw(8) << name << std::setw(8) << pairs.size() << std::setw(9) << mean_length(pairs, true)
              << std::setw(9) << mean_length(pairs, false) << max_length(pairs) << '\n';
  }
}

void print_vocabulary(const Corpus& corpus) {
  std::set<std::string> english, french;
  for (std::string_view name : kSplitNames) {
    for (const SentencePair& pair : corpus.split(name)) {
      english.insert(pair.source.begin(), pair.source.end());
      french.insert(pair.target.begin(), pair.target.end());
    }
  }
  std::cout << "word types: " << english.size() << " English, " << french.size() << " French\n";
}

void print_phenomena(const Corpus& corpus) {
  std::cout << "training sentences showing each phenomenon:\n" << std::right;
  for (const auto& [phenomenon, count] : corpus.train_phenomena) {
    std::cout << std::setw(7) << 100.0 * count / static_cast<double>(corpus.train.size()) << "%  " << phenomenon << '\n';
  }
  std::cout << std::left;
}

void write(const CorpusCommandOptions& options) {
  const Corpus corpus = generate_corpus(options.corpus);
  write_corpus(options.out, corpus);
  print_splits(corpus);
  print_vocabulary(corpus);
  if (!corpus.train.empty()) print_phenomena(corpus);
  std::cout << "wrote " << options.out << "/{train,valid,test,long,longer,novel}.{tsv,align}\n";
}

}  // namespace

void add_corpus_command(CLI::App& app) {
  auto options = std::make_shared<CorpusCommandOptions>();
  CorpusOptions& c = options->corpus;
  CLI::App* command = app.add_subcommand("corpus", "Generate the English-French corpus with gold alignments");
  command->add_option("--out", options->out, "Folder for <split>.tsv and <split>.align")->required();
  command->add_option("--task", options->task, "translate: sentence pairs; classify: labelled documents (docs/corpus.md)")
      ->capture_default_str()->check(CLI::IsMember({"translate", "classify"}));
  command->add_option("--seed", c.seed, "Random seed; the same seed gives the same corpus")->capture_default_str();
  command->add_option("--train", c.train, "Training pairs")->capture_default_str()->check(CLI::NonNegativeNumber);
  command->add_option("--valid", c.valid, "Validation pairs")->capture_default_str()->check(CLI::NonNegativeNumber);
  command->add_option("--test", c.test, "Test pairs")->capture_default_str()->check(CLI::NonNegativeNumber);
  command->add_option("--long", c.long_test, "Long test pairs (trained lengths)")->capture_default_str()->check(CLI::NonNegativeNumber);
  command->add_option("--longer", c.longer_test, "Longer test pairs (beyond trained lengths)")
      ->capture_default_str()->check(CLI::NonNegativeNumber);
  command->add_option("--long-share", c.long_share, "Share of the training pairs drawn in the long style")
      ->capture_default_str()->check(CLI::Range(0.0, 1.0));
  command->add_option("--novel", c.novel, "Novel-combination test pairs")->capture_default_str()->check(CLI::NonNegativeNumber);
  command->add_option("--max-train-length", c.max_train_length, "Most English tokens in train/valid/test/novel/long")
      ->capture_default_str();
  command->add_option("--min-long-length", c.min_long_length, "Fewest English tokens in the long split")
      ->capture_default_str();
  command->add_option("--max-longer-length", c.max_longer_length, "Most English tokens in the longer split")
      ->capture_default_str();
  command->callback([options, command] {
    if (options->task == "classify") return write_document_corpus_files(options->out, document_options(*command, options->corpus));
    const CorpusOptions& o = options->corpus;
    if (o.max_longer_length <= o.max_train_length) {
      throw UsageError("--max-longer-length must be greater than --max-train-length");
    }
    if (o.min_long_length > o.max_train_length) throw UsageError("--min-long-length must not exceed --max-train-length");
    write(*options);
  });
}

}  // namespace attnviz::cli
