// libFuzzer target: any bytes as a model file (GRU or Transformer), and
// every file that loads is run on a few sentences (greedy, beam and forced). The seeds are valid
// models, so most mutations change weights, sizes or vocabularies of a model
// that loads: the engine must survive extreme but finite weights, and every
// result must keep its matrix in step with its labels.
#include "model/ModelFile.h"
#include "model/ModelFileError.h"

#include <cstdint>
#include <stdexcept>

namespace {

using attnviz::Alignment;

const char* const kSentences[] = {
    "the red car .",
    "",
    "été ... l'homme qu'il a vu ?! 👍 שלום e\xCC\x81",
    "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a",
};

void require_consistent(const Alignment& a) {
  const bool shaped = !a.maps.empty() && a.primary().weights.rows() == a.rows() &&
                      a.primary().weights.cols() == a.cols() &&
                      a.steps.size() == a.target_tokens.size() && a.source_unknown.size() == a.source_tokens.size();
  if (!shaped) __builtin_trap();
}

void run(const attnviz::AttentionModel& model) {
  attnviz::DecodeOptions beam;
  beam.beam_width = 3;
  for (const char* sentence : kSentences) {
    try {
      require_consistent(model.translate(sentence, {}));
      require_consistent(model.translate(sentence, beam));
      require_consistent(model.force(sentence, "la voiture rouge .", {}));
    } catch (const std::length_error&) {
      // A Transformer refuses a sentence beyond its max_positions: expected.
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    run(*attnviz::load_model_bytes(std::as_bytes(std::span(data, size)), "fuzz.safetensors"));
  } catch (const attnviz::ModelFileError&) {
  }
  return 0;
}
