#pragma once
// Scores a model on sentences as people type them (issue 11): a file of
// "English<TAB>French" lines such as tests/fixtures/typed_sentences.tsv,
// what `attnviz-cli eval --input FILE` prints.
//
// Basic usage:
//   std::ifstream in("typed.tsv");
//   auto pairs = attnviz::read_typed_pairs(in, "typed.tsv");  // throws TypedPairsError
//   attnviz::TypedEvaluationResult r = attnviz::evaluate_typed(*model, pairs);
//   r.exact_match;  // in [0, 1]

#include "decoding/DecodeOptions.h"
#include "model/AttentionModel.h"

#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

namespace attnviz {

struct TypedPair {
  std::string source;     // English as typed: "Where does the dog sleep?"
  std::string reference;  // French as written: "Où est-ce que le chien dort ?"
  int line = 0;           // 1-based line in the file, 0 when not from a file
};

// A malformed line; the message names the file and the line.
struct TypedPairsError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One pair a line, source and reference separated by exactly one tab, both
// not blank. Blank lines and lines starting with '#' are skipped; a final
// '\r' is dropped. `name` is the file name used in error messages.
std::vector<TypedPair> read_typed_pairs(std::istream& in, const std::string& name);

struct TypedFailure {
  std::string source;
  std::string reference;
  std::string output;  // the model's translation, detokenized
};

struct TypedEvaluationResult {
  int pairs = 0;
  // Share of pairs whose output tokens (</s> left out) equal the tokens of
  // the reference: case-insensitive, punctuation tokens included.
  double exact_match = 0;
  // Share of pairs where the model's output for the sentence lowercased and
  // without its final . ! ? equals its output for the typed sentence with
  // that output's final . ! ? token removed, compared as tokens: how little
  // the capital and the final mark matter to the model.
  double same_without_capital_and_period = 0;
  // Every pair that is not an exact match, in file order.
  std::vector<TypedFailure> failures;
};

// Lowercases `sentence` and removes trailing white space and a final run of
// . ! ? marks: "Where is the cat?" -> "where is the cat".
std::string without_capital_and_period(const std::string& sentence);

TypedEvaluationResult evaluate_typed(const AttentionModel& model, const std::vector<TypedPair>& pairs,
                                     const DecodeOptions& options = {});

}  // namespace attnviz
