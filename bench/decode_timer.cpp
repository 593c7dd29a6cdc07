// Times greedy decoding of a model file on sentences, one thread, for
// bench/compare_pytorch (which times PyTorch on the same file and
// sentences). Prints JSON lines: first a header, then one object per
// sentence: {"words", "steps", "tokens", "seconds" (median)}. For a GRU
// (attnviz-seq2seq) file the header is {"family": "seq2seq", "gemv_gflops"},
// the GEMV speed measured now on as many weight bytes as one decoder step
// reads, and each sentence adds "flops" and "weight_bytes"; for an
// attnviz-transformer file the header is {"family": "transformer"}. Every
// decode is the app's own `translate`, so a Transformer's result carries
// every map of the spec and the rollouts. Times are this thread's CPU time,
// as the PyTorch scripts' are, so that on a shared machine neither side is
// charged for the time it spent descheduled.
//   decode_timer MODEL SENTENCES_FILE REPEATS
// And the sentences for a trained model:
//   decode_timer --corpus-sentences WORDS COUNT
// prints COUNT sentences of exactly WORDS tokens from the corpus's test
// split (the corpus the shipped models were trained on), one a line.

#include "DecodeCost.h"

#include "corpus/Corpus.h"
#include "model/ModelFile.h"
#include "model/Seq2SeqModel.h"
#include "tokens/Tokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace attnviz::bench {
namespace {

double median_seconds(const AttentionModel& model, const std::string& sentence, int repeats) {
  std::vector<double> times;
  for (int r = 0; r < repeats; ++r) {
    const double start = thread_seconds();
    const Alignment alignment = model.translate(sentence, {});
    times.push_back(thread_seconds() - start);
  }
  std::nth_element(times.begin(), times.begin() + repeats / 2, times.end());
  return times[static_cast<size_t>(repeats / 2)];
}

// `seq2seq`: the same model when it is a GRU, whose cost is counted.
nlohmann::json time_sentence(const AttentionModel& model, const Seq2SeqModel* seq2seq, const std::string& sentence,
                             int repeats) {
  const Alignment alignment = model.translate(sentence, {});
  nlohmann::json row = {{"words", alignment.cols() - 1}, {"steps", alignment.rows()},
                        {"tokens", alignment.target_tokens}, {"seconds", median_seconds(model, sentence, repeats)}};
  if (seq2seq) {
    const DecodeCost cost = decode_cost(seq2seq->config(), seq2seq->target_vocabulary().size(), alignment.cols(),
                                        alignment.rows());
    row["flops"] = cost.flops;
    row["weight_bytes"] = cost.weight_bytes;
  }
  return row;
}

int run(const char* model_path, const char* sentences_path, int repeats) {
  const std::unique_ptr<AttentionModel> model = load_model(model_path);
  const auto* seq2seq = dynamic_cast<const Seq2SeqModel*>(model.get());
  if (seq2seq) {
    const DecodeCost one_step = decode_cost(seq2seq->config(), seq2seq->target_vocabulary().size(), 1, 1);
    std::cout << nlohmann::json{{"family", "seq2seq"}, {"gemv_gflops", measure_gemv_gflops(one_step.weight_bytes)}}
              << '\n';
  } else {
    std::cout << nlohmann::json{{"family", "transformer"}} << '\n';
  }
  std::ifstream sentences(sentences_path);
  for (std::string line; std::getline(sentences, line);) {
    std::cout << time_sentence(*model, seq2seq, line, repeats) << '\n';
  }
  return sentences.bad() ? 4 : 0;
}

int print_corpus_sentences(size_t words, int count) {
  CorpusOptions held_out;
  held_out.train = 0;
  for (const SentencePair& pair : generate_corpus(held_out).test) {
    if (pair.source.size() != words) continue;
    std::cout << join_tokens(pair.source) << '\n';
    if (--count == 0) return 0;
  }
  std::cerr << "decode_timer: the test split has too few sentences of " << words << " tokens\n";
  return 5;
}

}  // namespace
}  // namespace attnviz::bench

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--corpus-sentences") {
    return attnviz::bench::print_corpus_sentences(static_cast<size_t>(std::max(1, std::atoi(argv[2]))),
                                                  std::max(1, std::atoi(argv[3])));
  }
  if (argc != 4) {
    std::cerr << "usage: decode_timer MODEL SENTENCES_FILE REPEATS\n"
                 "       decode_timer --corpus-sentences WORDS COUNT\n";
    return 2;
  }
  try {
    return attnviz::bench::run(argv[1], argv[2], std::max(1, std::atoi(argv[3])));
  } catch (const std::exception& error) {
    std::cerr << "decode_timer: " << error.what() << '\n';
    return 3;
  }
}
