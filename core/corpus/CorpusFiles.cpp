#include "corpus/CorpusFiles.h"

#include "corpus/SplitFiles.h"

#include "export/AtomicFile.h"
#include "tokens/Tokenizer.h"

#include <stdexcept>
#include <string>

namespace attnviz {
namespace {

std::vector<std::string> split_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find(' ', start), text.size());
    if (end > start) tokens.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return tokens;
}

SentencePair parse_tsv_line(const std::string& line, const std::filesystem::path& file, size_t number) {
  const size_t tab = line.find('\t');
  if (tab == std::string::npos) throw line_error(file, number, "expected source<TAB>target, found no tab");
  SentencePair pair{split_tokens(std::string_view(line).substr(0, tab)),
                    split_tokens(std::string_view(line).substr(tab + 1)), {}};
  if (pair.source.empty() || pair.target.empty()) throw line_error(file, number, "empty source or target");
  return pair;
}

void check_links(const SentencePair& pair, const std::filesystem::path& file, size_t number) {
  for (const auto* links : {&pair.gold.sure, &pair.gold.possible}) {
    for (const Link& link : *links) {
      if (link.first < static_cast<int>(pair.source.size()) && link.second < static_cast<int>(pair.target.size())) continue;
      throw line_error(file, number, "link " + std::to_string(link.first) + "-" + std::to_string(link.second) +
                                         " is outside the sentence (" + std::to_string(pair.source.size()) +
                                         " source, " + std::to_string(pair.target.size()) + " target words)");
    }
  }
}

GoldAlignment parse_align_line(const std::string& line, const std::filesystem::path& file, size_t number) {
  try {
    return parse_pharaoh(line);
  } catch (const std::invalid_argument& error) {
    throw line_error(file, number, error.what());
  }
}

}  // namespace

void write_split(const std::filesystem::path& dir, std::string_view name, const std::vector<SentencePair>& pairs) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) throw std::runtime_error("cannot create folder " + dir.string() + ": " + error.message());
  AtomicFile tsv(split_file(dir, name, ".tsv"));
  AtomicFile align(split_file(dir, name, ".align"));
  for (const SentencePair& pair : pairs) {
    tsv.stream() << join_tokens(pair.source) << '\t' << join_tokens(pair.target) << '\n';
    align.stream() << to_pharaoh(pair.gold) << '\n';
  }
  tsv.commit();
  align.commit();
}

void write_corpus(const std::filesystem::path& dir, const Corpus& corpus) {
  for (std::string_view name : kSplitNames) write_split(dir, name, corpus.split(name));
}

std::vector<SentencePair> read_split(const std::filesystem::path& dir, std::string_view name) {
  const std::filesystem::path tsv_file = split_file(dir, name, ".tsv"), align_file = split_file(dir, name, ".align");
  const std::vector<std::string> tsv = read_lines(tsv_file), align = read_lines(align_file);
  if (tsv.size() != align.size()) {
    throw std::runtime_error(tsv_file.string() + " has " + std::to_string(tsv.size()) + " lines but " +
                             align_file.string() + " has " + std::to_string(align.size()));
  }
  std::vector<SentencePair> pairs;
  pairs.reserve(tsv.size());
  for (size_t i = 0; i < tsv.size(); ++i) {
    SentencePair pair = parse_tsv_line(tsv[i], tsv_file, i + 1);
    pair.gold = parse_align_line(align[i], align_file, i + 1);
    check_links(pair, align_file, i + 1);
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

Corpus read_corpus(const std::filesystem::path& dir) {
  Corpus corpus;
  for (std::string_view name : kSplitNames) corpus.split(name) = read_split(dir, name);
  return corpus;
}

}  // namespace attnviz
