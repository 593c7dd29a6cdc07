#include "corpus/DocumentFiles.h"

#include "corpus/SplitFiles.h"

#include "corpus/DocumentClasses.h"
#include "export/AtomicFile.h"

#include <set>
#include <sstream>
#include <stdexcept>

namespace attnviz {
namespace {

std::vector<std::string> split_on(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find(separator, start), text.size());
    parts.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string tsv_line(const LabelledDocument& document) {
  std::string line = document_class_name(document.label);
  for (const auto& sentence : document.sentences) {
    line += '\t';
    for (size_t w = 0; w < sentence.size(); ++w) line += (w ? " " : "") + sentence[w];
  }
  return line;
}

std::string evidence_line(const LabelledDocument& document) {
  std::string line;
  for (const WordPosition& p : document.evidence_words)
    line += (line.empty() ? "" : " ") + std::to_string(p.sentence) + ":" + std::to_string(p.word);
  return line;
}

LabelledDocument parse_tsv(const std::string& line, const std::filesystem::path& file, size_t number) {
  const std::vector<std::string> fields = split_on(line, '\t');
  const auto label = document_class_index(fields[0]);
  if (!label) throw line_error(file, number, "unknown class '" + fields[0] + "'");
  if (fields.size() < 2) throw line_error(file, number, "expected class<TAB>sentence..., found no sentence");
  LabelledDocument document;
  document.label = *label;
  for (size_t f = 1; f < fields.size(); ++f) {
    std::vector<std::string> tokens;
    for (std::string& token : split_on(fields[f], ' '))
      if (!token.empty()) tokens.push_back(std::move(token));
    if (tokens.empty()) throw line_error(file, number, "sentence " + std::to_string(f - 1) + " is empty");
    document.sentences.push_back(std::move(tokens));
  }
  return document;
}

WordPosition parse_position(const std::string& text, const LabelledDocument& document,
                            const std::filesystem::path& file, size_t number) {
  WordPosition p;
  char colon = 0;
  std::istringstream in(text);
  if (!(in >> p.sentence >> colon >> p.word) || colon != ':' || !in.eof())
    throw line_error(file, number, "expected sentence:word, found '" + text + "'");
  const bool inside = p.sentence >= 0 && p.sentence < static_cast<int>(document.sentences.size()) && p.word >= 0 &&
                      p.word < static_cast<int>(document.sentences[p.sentence].size());
  if (!inside) throw line_error(file, number, "evidence " + text + " is outside the document");
  return p;
}

void add_evidence(const std::string& line, LabelledDocument& document, const std::filesystem::path& file,
                  size_t number) {
  std::set<int> sentences;
  for (const std::string& field : split_on(line, ' ')) {
    if (field.empty()) continue;
    document.evidence_words.push_back(parse_position(field, document, file, number));
    sentences.insert(document.evidence_words.back().sentence);
  }
  document.evidence_sentences.assign(sentences.begin(), sentences.end());
}

}  // namespace

void write_document_split(const std::filesystem::path& dir, std::string_view name,
                          const std::vector<LabelledDocument>& documents) {
  std::filesystem::create_directories(dir);
  AtomicFile tsv(split_file(dir, name, ".tsv")), evidence(split_file(dir, name, ".evidence"));
  for (const LabelledDocument& document : documents) {
    tsv.stream() << tsv_line(document) << '\n';
    evidence.stream() << evidence_line(document) << '\n';
  }
  tsv.commit();
  evidence.commit();
}

void write_document_corpus(const std::filesystem::path& dir, const DocumentCorpus& corpus) {
  for (std::string_view name : kDocumentSplitNames) write_document_split(dir, name, corpus.split(name));
}

std::vector<LabelledDocument> read_document_split(const std::filesystem::path& dir, std::string_view name) {
  const auto tsv_file = split_file(dir, name, ".tsv"), evidence_file = split_file(dir, name, ".evidence");
  const std::vector<std::string> tsv = read_lines(tsv_file), evidence = read_lines(evidence_file);
  if (tsv.size() != evidence.size())
    throw std::runtime_error(evidence_file.string() + " has " + std::to_string(evidence.size()) + " lines but " +
                             tsv_file.string() + " has " + std::to_string(tsv.size()));
  std::vector<LabelledDocument> documents;
  for (size_t i = 0; i < tsv.size(); ++i) {
    documents.push_back(parse_tsv(tsv[i], tsv_file, i + 1));
    add_evidence(evidence[i], documents.back(), evidence_file, i + 1);
  }
  return documents;
}

}  // namespace attnviz
