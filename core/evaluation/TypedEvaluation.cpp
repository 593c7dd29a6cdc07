#include "evaluation/TypedEvaluation.h"

#include "alignment/EndOfSentence.h"
#include "tokens/CaseFolding.h"
#include "tokens/Tokenizer.h"
#include "tokens/Utf8.h"

namespace attnviz {
namespace {

std::vector<std::string> token_texts(const std::string& text) {
  std::vector<std::string> texts;
  for (Token& token : Tokenizer().tokenize(text)) texts.push_back(std::move(token.text));
  return texts;
}

bool is_final_mark(std::string_view token) { return token == "." || token == "!" || token == "?"; }

bool is_blank(const std::string& line) { return line.find_first_not_of(" \t") == std::string::npos; }

TypedPairsError line_error(const std::string& name, int line, const std::string& what) {
  return TypedPairsError(name + ":" + std::to_string(line) + ": " + what);
}

}  // namespace

std::vector<TypedPair> read_typed_pairs(std::istream& in, const std::string& name) {
  std::vector<TypedPair> pairs;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (is_blank(line) || line.front() == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos)
      throw line_error(name, number, "expected English<TAB>French, found no tab");
    if (line.find('\t', tab + 1) != std::string::npos)
      throw line_error(name, number, "expected English<TAB>French, found more than one tab");
    TypedPair pair{line.substr(0, tab), line.substr(tab + 1), number};
    if (is_blank(pair.source) || is_blank(pair.reference))
      throw line_error(name, number, "expected English<TAB>French, one side is empty");
    pairs.push_back(std::move(pair));
  }
  if (in.bad()) throw TypedPairsError("cannot read " + name + ": read error");
  return pairs;
}

std::string without_capital_and_period(const std::string& sentence) {
  std::u32string text = decode_utf8(sentence);
  for (char32_t& c : text) c = to_lower(c);
  while (!text.empty() && (text.back() == U' ' || text.back() == U'\t' || text.back() == U'.' ||
                           text.back() == U'!' || text.back() == U'?'))
    text.pop_back();
  return encode_utf8(text);
}

TypedEvaluationResult evaluate_typed(const AttentionModel& model, const std::vector<TypedPair>& pairs,
                                     const DecodeOptions& options) {
  TypedEvaluationResult result;
  result.pairs = static_cast<int>(pairs.size());
  long exact = 0, same = 0;
  for (const TypedPair& pair : pairs) {
    const Alignment typed = model.translate(pair.source, options);
    std::vector<std::string> words = target_words(typed);
    if (words == token_texts(pair.reference)) ++exact;
    else result.failures.push_back({pair.source, pair.reference, typed.translation});
    if (!words.empty() && is_final_mark(words.back())) words.pop_back();
    const Alignment bare = model.translate(without_capital_and_period(pair.source), options);
    if (target_words(bare) == words) ++same;
  }
  if (!pairs.empty()) {
    const auto n = static_cast<double>(pairs.size());
    result.exact_match = static_cast<double>(exact) / n;
    result.same_without_capital_and_period = static_cast<double>(same) / n;
  }
  return result;
}

}  // namespace attnviz
