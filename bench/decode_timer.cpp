// Times greedy decoding of a model file on sentences, one thread, for
// bench/compare_pytorch (which times PyTorch on the same file and
// sentences). Prints JSON lines: first {"gemv_gflops"}, measured now on
// as many weight bytes as one decoder step reads, then one object per
// sentence: {"words", "steps", "tokens", "seconds" (median), "flops",
// "weight_bytes"}. Times are this thread's CPU time, as pytorch_decode.py's
// are, so that on a shared machine neither side is charged for the time
// it spent descheduled.
//   decode_timer MODEL SENTENCES_FILE REPEATS

#include "DecodeCost.h"

#include "model/ModelFile.h"
#include "model/Seq2SeqModel.h"

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

nlohmann::json time_sentence(const Seq2SeqModel& model, const std::string& sentence, int repeats) {
  const Alignment alignment = model.translate(sentence, {});
  const DecodeCost cost = decode_cost(model.config(), model.target_vocabulary().size(),
                                      alignment.cols(), alignment.rows());
  return {{"words", alignment.cols() - 1}, {"steps", alignment.rows()},
          {"tokens", alignment.target_tokens}, {"seconds", median_seconds(model, sentence, repeats)},
          {"flops", cost.flops}, {"weight_bytes", cost.weight_bytes}};
}

int run(const char* model_path, const char* sentences_path, int repeats) {
  const std::unique_ptr<AttentionModel> loaded = load_model(model_path);
  const auto& model = dynamic_cast<const Seq2SeqModel&>(*loaded);
  const DecodeCost one_step = decode_cost(model.config(), model.target_vocabulary().size(), 1, 1);
  std::cout << nlohmann::json{{"gemv_gflops", measure_gemv_gflops(one_step.weight_bytes)}} << '\n';
  std::ifstream sentences(sentences_path);
  for (std::string line; std::getline(sentences, line);) {
    std::cout << time_sentence(model, line, repeats) << '\n';
  }
  return sentences.bad() ? 4 : 0;
}

}  // namespace
}  // namespace attnviz::bench

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: decode_timer MODEL SENTENCES_FILE REPEATS\n";
    return 2;
  }
  try {
    return attnviz::bench::run(argv[1], argv[2], std::max(1, std::atoi(argv[3])));
  } catch (const std::exception& error) {
    std::cerr << "decode_timer: " << error.what() << '\n';
    return 3;
  }
}
