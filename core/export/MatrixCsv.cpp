#include "export/MatrixCsv.h"

#include "export/ImportedMatrix.h"
#include "export/MatrixFileError.h"

#include <charconv>

namespace attnviz {
namespace {

std::string quoted(const std::string& field) {
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string number(float value) {
  char text[32];
  const auto end = std::to_chars(text, text + sizeof text, value).ptr;
  return std::string(text, end);
}

void append_block(std::string& out, const ModelAlignment& item) {
  const Alignment& a = item.alignment;
  out += quoted(item.model.name);
  for (const std::string& token : a.source_tokens) out.append(",").append(quoted(token));
  out += "\n";
  for (Eigen::Index r = 0; r < a.rows(); ++r) {
    out += quoted(a.target_tokens[static_cast<size_t>(r)]);
    for (Eigen::Index c = 0; c < a.cols(); ++c) out.append(",").append(number(a.primary().weights(r, c)));
    out += "\n";
  }
}

struct Record {
  std::vector<std::string> fields;
  int line = 0;  // where the record starts, 1-based
};

// Splits RFC 4180 text into records; a quoted field may span lines.
class CsvScanner {
 public:
  CsvScanner(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  bool next(Record& record) {
    if (pos_ >= text_.size()) return false;
    record = {{}, line_};
    std::string field;
    while (!end_of_record()) {
      if (text_[pos_] == ',') {
        record.fields.push_back(std::move(field));
        field.clear();
        ++pos_;
      } else {
        field += text_[pos_] == '"' ? quoted_field(record.line) : plain_field();
      }
    }
    record.fields.push_back(std::move(field));
    return true;
  }

 private:
  bool end_of_record() {
    if (pos_ >= text_.size()) return true;
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    if (text_[pos_] != '\n' && text_[pos_] != '\r') return false;
    ++pos_;
    ++line_;
    return true;
  }

  std::string plain_field() {
    const size_t end = text_.find_first_of(",\r\n", pos_);
    const std::string_view field = text_.substr(pos_, end - pos_);
    pos_ = end == std::string_view::npos ? text_.size() : end;
    return std::string(field);
  }

  std::string quoted_field(int start_line) {
    std::string field;
    for (++pos_; pos_ < text_.size(); ++pos_) {
      if (text_[pos_] == '\n') ++line_;
      if (text_[pos_] != '"') { field += text_[pos_]; continue; }
      if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') { field += '"'; ++pos_; continue; }
      ++pos_;
      return field;
    }
    throw MatrixFileError(file_, "line " + std::to_string(start_line) + ": a quoted field is never closed");
  }

  std::string_view text_;
  const std::string& file_;
  size_t pos_ = 0;
  int line_ = 1;
};

bool is_blank(const Record& record) { return record.fields.size() == 1 && record.fields[0].empty(); }

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

float parse_weight(std::string_view field, const Record& record, const std::string& file) {
  const std::string_view text = trimmed(field);
  float value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty())
    throw MatrixFileError(file, "line " + std::to_string(record.line) + ": \"" + std::string(field) +
                                    "\" is not a number");
  return value;
}

void check_width(const Record& record, size_t expected, const std::string& file) {
  if (record.fields.size() == expected) return;
  throw MatrixFileError(file, "line " + std::to_string(record.line) + " (\"" + record.fields[0] + "\") has " +
                                  std::to_string(record.fields.size() - 1) + " weights, the header has " +
                                  std::to_string(expected - 1) + " source tokens");
}

ModelAlignment parse_block(const std::vector<Record>& block, const std::string& file) {
  ImportedMatrix m;
  const Record& header = block.front();
  m.model.name = header.fields[0];
  m.source_tokens.assign(header.fields.begin() + 1, header.fields.end());
  m.weights.resize(static_cast<Eigen::Index>(block.size() - 1), static_cast<Eigen::Index>(m.source_tokens.size()));
  for (size_t r = 1; r < block.size(); ++r) {
    check_width(block[r], header.fields.size(), file);
    m.target_tokens.push_back(block[r].fields[0]);
    for (size_t c = 1; c < block[r].fields.size(); ++c)
      m.weights(static_cast<Eigen::Index>(r - 1), static_cast<Eigen::Index>(c - 1)) =
          parse_weight(block[r].fields[c], block[r], file);
  }
  return to_model_alignment(std::move(m), file);
}

std::vector<std::vector<Record>> blocks_of(std::string_view text, const std::string& file) {
  std::vector<std::vector<Record>> blocks(1);
  CsvScanner scanner(text, file);
  for (Record record; scanner.next(record);) {
    if (!is_blank(record)) blocks.back().push_back(std::move(record));
    else if (!blocks.back().empty()) blocks.emplace_back();
  }
  if (blocks.back().empty()) blocks.pop_back();
  return blocks;
}

std::string_view without_bom(std::string_view text) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";  // spreadsheet programs write one
  return text.substr(0, kBom.size()) == kBom ? text.substr(kBom.size()) : text;
}

}  // namespace

std::string to_matrix_csv(const ModelAlignments& alignments) {
  std::string out;
  for (const ModelAlignment& item : alignments) {
    if (!out.empty()) out += "\n";
    append_block(out, item);
  }
  return out;
}

ModelAlignments parse_matrix_csv(std::string_view text, const std::string& file) {
  if (text.find('\0') != std::string_view::npos) throw MatrixFileError(file, "is not text (it holds a NUL byte)");
  ModelAlignments alignments;
  for (const std::vector<Record>& block : blocks_of(without_bom(text), file)) {
    if (block.size() < 2)
      throw MatrixFileError(file, "line " + std::to_string(block.front().line) +
                                      ": a block needs a header row of source tokens and at least one target row");
    alignments.push_back(parse_block(block, file));
  }
  if (alignments.empty()) throw MatrixFileError(file, "is empty");
  return alignments;
}

}  // namespace attnviz
